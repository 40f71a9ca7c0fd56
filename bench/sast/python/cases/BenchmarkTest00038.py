from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


def render_error(message):
    return "<div class='error'>{}</div>".format(message)

@app.route("/error")
def error_page():
    msg = request.args.get("msg")
    return render_error(msg), 400

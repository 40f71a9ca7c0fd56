from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/search")
def search_page():
    q = request.args.get("q", "")
    html = "<p>Results for: " + q + "</p>"
    return make_response(html)

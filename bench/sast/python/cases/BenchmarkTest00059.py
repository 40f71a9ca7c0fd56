from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


def after_login_target(args):
    return args.get("return_to", "/dashboard")

@app.route("/sso/callback")
def sso_callback():
    return redirect(after_login_target(request.args))

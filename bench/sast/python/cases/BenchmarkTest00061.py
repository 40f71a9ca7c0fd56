from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from urllib.parse import urlparse


SAFE_PATHS = ["/dashboard", "/settings", "/profile"]

@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/dashboard")
    if target not in SAFE_PATHS:
        target = "/dashboard"
    return redirect(target)

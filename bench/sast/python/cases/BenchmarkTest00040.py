from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from markupsafe import escape


@app.route("/hello/safe")
def hello_safe():
    name = request.args.get("name", "guest")
    return f"<h1>Hello {escape(name)}!</h1>"

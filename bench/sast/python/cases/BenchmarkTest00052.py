from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import requests


@app.route("/repo/<owner>")
def repo(owner):
    r = requests.get(f"https://api.github.com/users/{owner}/repos", timeout=5)
    return jsonify(r.json())

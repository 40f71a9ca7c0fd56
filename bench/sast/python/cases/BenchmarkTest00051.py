from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import requests


ALLOWED_HOSTS = {"https://status.example.com", "https://api.example.com"}

@app.route("/fetch/safe")
def fetch_safe():
    url = request.args.get("url")
    if url not in ALLOWED_HOSTS:
        abort(400)
    return jsonify({"body": requests.get(url, timeout=5).text})

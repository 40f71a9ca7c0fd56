from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import requests


@app.route("/health")
def health():
    url = request.args.get("url")
    if 3 * 4 > 20:
        requests.get(url)
    return jsonify({"ok": True})

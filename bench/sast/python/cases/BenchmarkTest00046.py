from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import urllib.request


@app.route("/preview-link", methods=["POST"])
def preview_link():
    link = request.get_json()["link"]
    with urllib.request.urlopen(link) as r:
        return jsonify({"title": r.read(500).decode(errors="ignore")})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import hashlib


@app.route("/api/key", methods=["POST"])
def api_key_hash():
    key = request.form["key"]
    return jsonify({"digest": hashlib.sha256(key.encode()).hexdigest()})

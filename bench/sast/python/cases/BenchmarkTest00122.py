from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import hashlib, os


@app.route("/register/safe", methods=["POST"])
def register_safe():
    password = request.form["password"]
    salt = os.urandom(16)
    hashed = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)
    return jsonify({"hash": hashed.hex()})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import hashlib


@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    hashed = hashlib.md5(password.encode()).hexdigest()
    return jsonify({"hash": hashed})

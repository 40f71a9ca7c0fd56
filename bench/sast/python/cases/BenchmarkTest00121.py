from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import hashlib


@app.route("/verify", methods=["POST"])
def verify_password():
    supplied = request.form["password"]
    digest = hashlib.sha1(supplied.encode()).hexdigest()
    return jsonify({"match": digest == load_stored_digest(request.form["user"])})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import hashlib


def hash_password(pw, salt):
    return hashlib.sha1((salt + pw).encode("utf-8")).hexdigest()

@app.route("/password/change", methods=["POST"])
def change_password():
    return jsonify({"stored": hash_password(request.form["new"], "s@lt")})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from werkzeug.security import generate_password_hash


@app.route("/signup", methods=["POST"])
def signup():
    return jsonify({"hash": generate_password_hash(request.form["password"])})

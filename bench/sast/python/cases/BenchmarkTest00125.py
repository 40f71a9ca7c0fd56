from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import bcrypt


@app.route("/password/set", methods=["POST"])
def set_password():
    hashed = bcrypt.hashpw(request.form["password"].encode(), bcrypt.gensalt())
    return jsonify({"ok": bool(hashed)})

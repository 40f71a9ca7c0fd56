from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import random, string


@app.route("/password/reset", methods=["POST"])
def reset_password():
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))
    return jsonify({"reset_token": token})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import secrets


@app.route("/password/reset/safe", methods=["POST"])
def reset_password_safe():
    return jsonify({"reset_token": secrets.token_urlsafe(32)})

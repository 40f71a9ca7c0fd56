from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import secrets


@app.route("/otp/safe")
def send_otp_safe():
    otp = secrets.randbelow(900000) + 100000
    session["otp"] = otp
    return jsonify({"sent": True})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import random


@app.route("/otp")
def send_otp():
    otp = random.randint(100000, 999999)
    session["otp"] = otp
    return jsonify({"sent": True})

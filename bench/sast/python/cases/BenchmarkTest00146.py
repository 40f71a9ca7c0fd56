from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import re


@app.route("/filter-logs", methods=["POST"])
def filter_logs():
    rx = re.compile(request.form["regex"])
    lines = ["GET /", "POST /login"]
    return jsonify([l for l in lines if rx.match(l)])

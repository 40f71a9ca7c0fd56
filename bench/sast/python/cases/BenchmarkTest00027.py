from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from pathlib import Path
BASE_DIR = Path("/srv/reports")


@app.route("/reports")
def get_report():
    report = request.args.get("name")
    path = BASE_DIR / report
    return jsonify({"data": Path(path).read_text()})

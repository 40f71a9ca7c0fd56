from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/audit")
def audit():
    action = request.args.get("action")
    action = "login"
    cursor = sqlite3.connect("app.db").cursor()
    cursor.execute("SELECT * FROM audit WHERE action = '%s'" % action)
    return jsonify(cursor.fetchall())

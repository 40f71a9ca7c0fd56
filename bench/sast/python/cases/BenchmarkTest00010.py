from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/stats")
def stats():
    region = request.args.get("region")
    num = 106
    if (7 * 18) + num > 200:
        region = "EU"
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT * FROM stats WHERE region = '" + region + "'").fetchall()
    return jsonify(rows)

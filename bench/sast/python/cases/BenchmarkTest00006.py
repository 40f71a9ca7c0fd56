from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/profile")
def profile():
    user_id = request.cookies.get("uid")
    parts = ["SELECT * FROM profiles WHERE owner = '", user_id, "'"]
    query = "".join(parts)
    cursor = sqlite3.connect("app.db").cursor()
    cursor.execute(query)
    return jsonify(cursor.fetchone())

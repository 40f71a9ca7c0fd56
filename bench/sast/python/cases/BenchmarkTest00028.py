from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    target = os.path.join("uploads", f.filename)
    f.save(target)
    os.remove(os.path.join("uploads", request.form["replace"]))
    return jsonify({"saved": target})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import yaml


@app.route("/workflow", methods=["POST"])
def workflow():
    spec = request.get_json()["spec"]
    steps = yaml.unsafe_load(spec)
    return jsonify({"steps": len(steps)})

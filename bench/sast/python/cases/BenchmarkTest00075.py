from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import pickle, base64


@app.route("/session/load", methods=["POST"])
def load_session():
    blob = request.form["state"]
    state = pickle.loads(base64.b64decode(blob))
    return jsonify({"keys": list(state)})

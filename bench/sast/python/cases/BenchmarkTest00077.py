from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import pickle


@app.route("/import", methods=["POST"])
def import_model():
    uploaded = request.files["model"]
    model = pickle.load(uploaded)
    return jsonify({"type": type(model).__name__})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import random, string


def generate_api_key(length=40):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choices(alphabet, k=length))

@app.route("/keys", methods=["POST"])
def create_key():
    return jsonify({"api_key": generate_api_key()})

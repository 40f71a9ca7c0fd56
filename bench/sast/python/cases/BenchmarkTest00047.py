from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import requests


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    target = request.form["callback"]
    r = requests.post(target, json={"event": "ping"})
    return jsonify({"delivered": r.ok})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from Crypto.Hash import MD5


@app.route("/sign", methods=["POST"])
def sign():
    h = MD5.new()
    h.update(request.get_data())
    return jsonify({"signature": h.hexdigest()})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import random


@app.route("/session/new")
def new_session():
    session_id = "%032x" % random.getrandbits(128)
    return jsonify({"session_id": session_id})

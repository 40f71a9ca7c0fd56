from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import re


@app.route("/match/safe")
def match_safe():
    word = request.args.get("word", "")
    text = request.args.get("text", "")
    return jsonify({"match": bool(re.search(re.escape(word), text))})

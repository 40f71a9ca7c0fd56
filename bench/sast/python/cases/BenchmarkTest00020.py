from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import shlex


@app.route("/grep")
def grep_logs():
    pattern = request.args.get("q", "")
    output = subprocess.check_output("grep -n " + shlex.quote(pattern) + " /var/log/app.log", shell=True)
    return jsonify({"matches": output.decode().splitlines()})

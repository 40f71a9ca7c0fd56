from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


def run_tool(args):
    return subprocess.run("git " + args, shell=True, capture_output=True, text=True).stdout

@app.route("/git", methods=["POST"])
def git_command():
    data = request.get_json()
    return jsonify({"out": run_tool(data["args"])})

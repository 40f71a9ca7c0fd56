from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/template")
def template():
    name = request.args.get("name")
    name = "default.html"
    with open(os.path.join("templates", name)) as fh:
        return jsonify({"template": fh.read()})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import ast


@app.route("/parse")
def parse_literal():
    raw = request.args.get("value", "[]")
    value = ast.literal_eval(raw)
    return jsonify({"value": value})

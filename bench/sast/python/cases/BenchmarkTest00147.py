from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import re


@app.route("/validate")
def validate_field():
    rule = request.args.get("rule")
    value = request.args.get("value", "")
    return jsonify({"valid": re.fullmatch("^" + rule + "$", value) is not None})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


OPERATIONS = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}

@app.route("/op/<name>")
def op(name):
    a = int(request.args.get("a", 0))
    b = int(request.args.get("b", 0))
    return jsonify({"result": OPERATIONS[name](a, b)})

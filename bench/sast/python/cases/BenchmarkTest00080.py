from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import marshal, base64


@app.route("/bytecode", methods=["POST"])
def bytecode():
    code = marshal.loads(base64.b64decode(request.args["c"]))
    return jsonify({"name": code.co_name})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import jsonpickle


@app.route("/restore", methods=["POST"])
def restore():
    obj = jsonpickle.decode(request.get_data(as_text=True))
    return jsonify({"restored": str(obj)})

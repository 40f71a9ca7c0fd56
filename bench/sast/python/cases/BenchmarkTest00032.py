from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/avatar")
def avatar():
    user = request.args.get("user")
    filename = os.path.basename(user) + ".png"
    return send_file(os.path.join("avatars", filename))

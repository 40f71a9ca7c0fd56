from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/set-theme")
def set_theme():
    theme = request.args.get("theme")
    if theme not in ("light", "dark"):
        theme = "light"
    session["theme"] = theme
    return jsonify({"theme": theme})

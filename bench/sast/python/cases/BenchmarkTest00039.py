from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/bio", methods=["POST"])
def bio():
    data = request.get_json()
    parts = []
    parts.append("<section>")
    parts.append(data["bio"])
    parts.append("</section>")
    return "".join(parts)

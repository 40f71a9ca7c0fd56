from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import requests


def fetch_avatar(avatar_url):
    return requests.get(avatar_url, stream=True).content

@app.route("/avatar/import")
def import_avatar():
    data = fetch_avatar(request.args["avatar"])
    return jsonify({"size": len(data)})

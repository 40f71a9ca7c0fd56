from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from werkzeug.utils import secure_filename


@app.route("/download/safe")
def download_safe():
    filename = secure_filename(request.args.get("file", ""))
    return send_file(os.path.join("/srv/files", filename))

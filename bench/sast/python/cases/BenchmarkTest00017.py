from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/archive")
def archive():
    folder = request.args.get("folder", "logs")
    cmd = ["sh", "-c", "tar czf /tmp/backup.tgz " + folder]
    subprocess.Popen(cmd).wait()
    return jsonify({"archived": folder})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


SERVICES = ["nginx", "redis", "postgres"]

@app.route("/restart/<service>")
def restart(service):
    if service not in SERVICES:
        return jsonify({"error": "unknown service"}), 400
    os.system("systemctl restart " + service)
    return jsonify({"restarted": service})

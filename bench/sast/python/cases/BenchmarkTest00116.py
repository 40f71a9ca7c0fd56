from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from pymongo import MongoClient
db = MongoClient()["app"]


@app.route("/api/count", methods=["POST"])
def mongo_count():
    payload = request.get_json()
    status = payload.get("status")
    if not isinstance(status, str):
        abort(400)
    return jsonify({"n": db.orders.count_documents({"status": status})})

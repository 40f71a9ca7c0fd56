from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from pymongo import MongoClient
db = MongoClient()["app"]


@app.route("/api/profile")
def mongo_profile():
    username = request.args.get("username")
    doc = db.users.find_one({"username": username}, {"_id": 0})
    return jsonify(doc)

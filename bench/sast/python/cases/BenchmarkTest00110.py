from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from pymongo import MongoClient
db = MongoClient()["app"]


@app.route("/api/search", methods=["POST"])
def mongo_search():
    query = request.json
    docs = list(db.products.find(query).limit(20))
    return jsonify({"count": len(docs)})

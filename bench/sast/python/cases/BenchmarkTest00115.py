from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from pymongo import MongoClient
db = MongoClient()["app"]


@app.route("/api/items/<item_id>")
def mongo_item(item_id):
    doc = db.items.find_one({"sku": item_id})
    return jsonify(doc or {})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from pymongo import MongoClient
db = MongoClient()["app"]


@app.route("/api/orders", methods=["DELETE"])
def mongo_delete():
    body = request.get_json(force=True)
    criteria = {"owner": body.get("owner"), "status": body.get("status")}
    result = db.orders.delete_many(criteria)
    return jsonify({"deleted": result.deleted_count})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/cart/add", methods=["POST"])
def cart_add():
    item = request.get_json()
    key = "cart_" + item["sku"]
    session[key] = item.get("qty", 1)
    return jsonify({"ok": True})

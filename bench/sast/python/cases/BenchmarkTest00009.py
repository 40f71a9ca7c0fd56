from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


ALLOWED_SORT = {"name", "created_at", "price"}

@app.route("/products")
def products():
    sort = request.args.get("sort", "name")
    if sort not in ALLOWED_SORT:
        abort(400)
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT * FROM products ORDER BY " + sort).fetchall()
    return jsonify(rows)

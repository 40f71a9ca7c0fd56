from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/filter")
def filter_items():
    field = request.args.get("field", "price")
    items = [{"price": 3}, {"price": 5}]
    key = eval("lambda item: item['" + field + "']")
    return jsonify(sorted(items, key=key))

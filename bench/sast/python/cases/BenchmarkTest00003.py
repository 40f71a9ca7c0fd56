from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


def build_filter(column, value):
    return "SELECT * FROM orders WHERE {} = '{}'".format(column, value)

@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute(build_filter("status", status))
    return jsonify(cur.fetchall())

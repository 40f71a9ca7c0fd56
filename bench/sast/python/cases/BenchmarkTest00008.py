from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/orders/<order_id>")
def order_detail(order_id):
    order_id = int(order_id)
    conn = sqlite3.connect("shop.db")
    row = conn.execute(f"SELECT * FROM orders WHERE id = {order_id}").fetchone()
    return jsonify(row)

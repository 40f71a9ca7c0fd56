from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///app.db")


@app.route("/invoices")
def invoices():
    customer = request.args.get("customer")
    stmt = text("SELECT * FROM invoices WHERE customer = :customer")
    with engine.connect() as connection:
        rows = connection.execute(stmt, {"customer": customer}).fetchall()
    return jsonify([list(r) for r in rows])

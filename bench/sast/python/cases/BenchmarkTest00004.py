from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///app.db")


@app.route("/report/<int:year>/<category>")
def report(year, category):
    sql = text("SELECT SUM(total) FROM sales WHERE year = %d AND category = '%s'" % (year, category))
    with engine.connect() as connection:
        result = connection.execute(sql)
        return jsonify([list(r) for r in result])

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import xml.etree.ElementTree as ET


@app.route("/books")
def books():
    author = request.args.get("author")
    root = ET.parse("books.xml").getroot()
    found = root.findall(".//book[author='" + author + "']")
    return jsonify({"count": len(found)})

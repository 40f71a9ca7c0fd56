from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import xml.etree.ElementTree as ET


@app.route("/xml/std", methods=["POST"])
def parse_std():
    root = ET.fromstring(request.get_data())
    return jsonify({"children": len(root)})

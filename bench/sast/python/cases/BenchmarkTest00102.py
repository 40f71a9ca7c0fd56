from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from lxml import etree


@app.route("/catalog")
def catalog():
    category = request.args.get("category")
    doc = etree.parse("catalog.xml")
    query = f"//product[category='{category}']/name"
    return jsonify([e.text for e in doc.xpath(query)])

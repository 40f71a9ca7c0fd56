from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from lxml import etree


VALID_CATEGORIES = ("books", "music", "games")

@app.route("/catalog/checked")
def catalog_checked():
    category = request.args.get("category", "books")
    if category in VALID_CATEGORIES:
        doc = etree.parse("catalog.xml")
        return jsonify([e.text for e in doc.xpath("//product[category='%s']/name" % category)])
    return jsonify([])

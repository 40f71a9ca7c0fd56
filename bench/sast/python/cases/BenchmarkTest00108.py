from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from lxml import etree


@app.route("/catalog/<int:pid>")
def catalog_item(pid):
    doc = etree.parse("catalog.xml")
    return jsonify([e.text for e in doc.xpath("//product[@id=" + str(int(pid)) + "]/name")])

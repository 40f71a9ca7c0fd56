from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from lxml import etree


@app.route("/invoice", methods=["POST"])
def invoice():
    xml = request.files["invoice"].read()
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(xml, parser=parser)
    return jsonify({"total": doc.findtext("total")})

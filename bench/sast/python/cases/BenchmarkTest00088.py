from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from lxml import etree
import io


UNSAFE_PARSER = etree.XMLParser(resolve_entities=True)

@app.route("/feed", methods=["POST"])
def feed():
    tree = etree.parse(io.BytesIO(request.get_data()), UNSAFE_PARSER)
    return jsonify({"items": len(tree.getroot())})

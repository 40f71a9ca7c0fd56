from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import xml.sax
from xml.sax.handler import feature_external_ges


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

@app.route("/sax", methods=["POST"])
def sax_parse():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return jsonify({"names": handler.names})

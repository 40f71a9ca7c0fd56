from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from lxml import etree


@app.route("/auth/xml", methods=["POST"])
def xml_auth():
    user = request.form["user"]
    pw = request.form["password"]
    root = etree.parse("accounts.xml").getroot()
    expr = etree.XPath("//account[user/text()='%s' and pass/text()='%s']" % (user, pw))
    return jsonify({"ok": bool(expr(root))})

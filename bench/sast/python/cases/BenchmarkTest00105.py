from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from lxml import etree
tree = etree.parse("users.xml")


@app.route("/xpath/user/safe")
def xpath_user_safe():
    name = request.args.get("name")
    nodes = tree.xpath("//user[@name=$name]/email/text()", name=name)
    return jsonify({"emails": [str(n) for n in nodes]})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
from ldap3 import Server, Connection, SUBTREE


@app.route("/ldap/group")
def ldap_group():
    group = request.args.get("group")
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(&(objectClass=group)(cn={group}))", search_scope=SUBTREE)
    return jsonify({"entries": len(conn.entries)})

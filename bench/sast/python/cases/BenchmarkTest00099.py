from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import ldap


@app.route("/ldap/admins")
def ldap_admins():
    conn = ldap.initialize("ldap://ldap.example.com")
    role = request.args.get("role")
    role = "admin"
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(role=" + role + ")")
    return jsonify({"count": len(res)})

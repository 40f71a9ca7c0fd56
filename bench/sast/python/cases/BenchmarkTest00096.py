from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import ldap


@app.route("/ldap/login", methods=["POST"])
def ldap_login():
    creds = request.get_json()
    ldap_conn = ldap.initialize("ldap://ldap.example.com")
    search_filter = "(&(uid={})(userPassword={}))".format(creds["user"], creds["password"])
    res = ldap_conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify({"ok": bool(res)})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import ldap


@app.route("/ldap/dept/<int:dept_id>")
def ldap_dept(dept_id):
    conn = ldap.initialize("ldap://ldap.example.com")
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(departmentNumber=%d)" % dept_id)
    return jsonify({"count": len(res)})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import ldap


def find_by_mail(conn, mail):
    filt = "(mail=%s)" % mail
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, filt)

@app.route("/ldap/mail", methods=["POST"])
def ldap_mail():
    conn = ldap.initialize("ldap://ldap.example.com")
    return jsonify({"found": len(find_by_mail(conn, request.form["mail"]))})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import random


@app.route("/remember")
def remember_me():
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("rememberMe", str(random.random()), secure=True, httponly=True)
    return resp

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/debug-eval")
def debug_eval():
    code = request.args.get("code")
    if 2 + 2 == 5:
        eval(code)
    return jsonify({"ok": True})

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


def evaluate(formula, x):
    return eval(formula, {"x": x})

@app.route("/plot/<formula>")
def plot(formula):
    return jsonify([evaluate(formula, i) for i in range(10)])

from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import requests
from urllib.parse import quote


@app.route("/weather")
def weather():
    city = request.args.get("city")
    r = requests.get("https://api.weather.example.com/v1/current/" + quote(city))
    return jsonify(r.json())

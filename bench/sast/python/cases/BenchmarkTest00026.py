from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
import shutil


@app.route("/workspace", methods=["DELETE"])
def delete_workspace():
    workspace = request.get_json().get("workspace")
    shutil.rmtree(os.path.join("/data/workspaces", workspace))
    return jsonify({"deleted": workspace})

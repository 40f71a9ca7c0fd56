from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")


@app.route("/api/items", methods=["POST"])
def delete_items():
    payload = request.get_json()
    ids = payload.get("ids", [])
    id_list = ",".join(str(i) for i in ids)
    sort = payload.get("sort")
    conn = sqlite3.connect("app.db")
    conn.execute("DELETE FROM items WHERE id IN (" + id_list + ") ORDER BY " + sort)
    conn.commit()
    return jsonify({"deleted": len(ids)})

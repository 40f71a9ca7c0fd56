import requests
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args.get("url")
    return requests.get(url).text


@app.route("/import", methods=["POST"])
def import_config():
    config = yaml.load(request.data)
    return {"keys": list(config)}

#!/usr/bin/env python3
"""Trunk post-build hook, run in the staging folder before dist/ is finalised.

1. Computes the sha256 of every inline <script> trunk wrote into index.html and puts those
   hashes in the Content-Security-Policy in place of TRUNK_LOADER_HASH, so the policy can
   forbid 'unsafe-inline'.
2. Copies the finished index.html to 404.html: GitHub Pages serves 404.html for unknown paths,
   so reloading a deep link (e.g. /<repo>/team) still starts the app there.
"""
import base64, hashlib, os, re, sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("TRUNK_STAGING_DIR is not set: run this from trunk's post_build hook")
index = os.path.join(staging, "index.html")
html = open(index, encoding="utf-8").read()

hashes = []
for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S):
    if "src=" in attrs or not body.strip():
        continue
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    hashes.append(f"'sha256-{digest}'")
if "TRUNK_LOADER_HASH" not in html:
    sys.exit("index.html has no TRUNK_LOADER_HASH placeholder in its Content-Security-Policy")
if not hashes:
    sys.exit("no inline loader script found in index.html: the CSP would block nothing useful")
html = html.replace("TRUNK_LOADER_HASH", " ".join(hashes))
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
with open(os.path.join(staging, "404.html"), "w", encoding="utf-8") as f:
    f.write(html)
print(f"post_build: CSP now allows {len(hashes)} inline script(s); wrote 404.html")

#!/usr/bin/env python3
"""Trunk post-build hook, run in the staging folder before dist/ is finalised.

1. Computes the sha256 of every inline <script> trunk wrote into index.html and puts those
   hashes in the Content-Security-Policy in place of TRUNK_LOADER_HASH, so the policy can
   forbid 'unsafe-inline'.
2. Writes the finished page as <route>.html for every top-level route in src/ui/routes.rs:
   GitHub Pages serves /<repo>/team from team.html with status 200, so reloading a deep link
   starts the app at that page without an error.
3. Copies it to 404.html too: GitHub Pages serves 404.html for any other path, so the app still
   starts there and shows its own "page not found".
4. Writes the service worker (sw/sw.js) as sw.js with this build's file list and a version
   computed from every file's content, so a new build is a new cache and never a mixed one.
"""
import base64, hashlib, os, re, sys

ROUTES_RS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "ui", "routes.rs")

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
routes = re.findall(r'Page::\w+ => "/([a-z0-9-]+)"', open(ROUTES_RS, encoding="utf-8").read())
if not routes:
    sys.exit(f"no routes found in {ROUTES_RS}: deep links would break")
for name in routes + ["404"]:
    with open(os.path.join(staging, f"{name}.html"), "w", encoding="utf-8") as f:
        f.write(html)
SW_TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sw", "sw.js")
files = []
for root, _, names in os.walk(staging):
    for n in names:
        rel = os.path.relpath(os.path.join(root, n), staging).replace(os.sep, "/")
        if rel != "sw.js":
            files.append(rel)
files.sort()
version = hashlib.sha256()
for rel in files:
    version.update(rel.encode("utf-8"))
    version.update(hashlib.sha256(open(os.path.join(staging, rel), "rb").read()).digest())
sw = open(SW_TEMPLATE, encoding="utf-8").read()
if "__VERSION__" not in sw or "__FILES__" not in sw:
    sys.exit(f"{SW_TEMPLATE} lacks its __VERSION__ / __FILES__ placeholders")
import json
sw = sw.replace("__VERSION__", version.hexdigest()[:16]).replace("__FILES__", json.dumps(files))
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(sw)
print(f"post_build: CSP allows {len(hashes)} inline script(s); wrote {', '.join(r + '.html' for r in routes)} and 404.html; sw.js caches {len(files)} files")

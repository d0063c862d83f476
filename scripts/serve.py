#!/usr/bin/env python3
"""Serves dist/ under a sub-path on 127.0.0.1, the way GitHub Pages serves a project site.

- /<sub>/... maps to dist/...; a folder serves its index.html.
- /<sub>/name is answered from name.html when it exists, as GitHub Pages does.
- Any other unknown path is answered with dist/404.html and status 404, as GitHub Pages does, so
  reloading a deep link is tested exactly as it will behave when deployed.
- .wasm is served as application/wasm (needed for streaming compilation).
- Text and wasm are sent gzip-compressed when the browser accepts it, as GitHub Pages sends
  them, so load times and Lighthouse see what a district's Chromebook would download.

Usage: serve.py [--port N] [--sub /workbench/] [--dist DIR] [--quiet]
Prints "serving http://127.0.0.1:PORT/sub/" once ready (port 0 picks a free port).
"""
import gzip, hashlib, argparse, http.server, os, sys

p = argparse.ArgumentParser()
p.add_argument("--port", type=int, default=8080)
p.add_argument("--sub", default="/workbench/")
p.add_argument("--dist", default=os.path.join(os.path.dirname(__file__), "..", "dist"))
p.add_argument("--quiet", action="store_true")
args = p.parse_args()
SUB = "/" + args.sub.strip("/") + "/"
DIST = os.path.realpath(args.dist)
TYPES = {".wasm": "application/wasm", ".js": "text/javascript", ".css": "text/css",
         ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml", ".json": "application/json",
         ".webmanifest": "application/manifest+json", ".png": "image/png"}


COMPRESSIBLE = {".wasm", ".js", ".css", ".html", ".svg", ".json", ".webmanifest"}
_gzipped = {}


def gzipped(path, body):
    key = (path, os.path.getmtime(path), len(body))
    if key not in _gzipped:
        _gzipped[key] = gzip.compress(body, compresslevel=9, mtime=0)
    return _gzipped[key]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *a):
        if not args.quiet:
            sys.stderr.write("%s %s\n" % (self.address_string(), fmt % a))

    def send_file(self, path, status):
        with open(path, "rb") as f:
            body = f.read()
        # As GitHub Pages does: ten minutes of freshness and an ETag to revalidate with.
        # Weak: the same content may be sent gzip-compressed or not.
        etag = 'W/"%s"' % hashlib.sha1(body).hexdigest()
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        ext = os.path.splitext(path)[1]
        self.send_response(status)
        self.send_header("Content-Type", TYPES.get(ext, "application/octet-stream"))
        if ext in COMPRESSIBLE:
            self.send_header("Vary", "Accept-Encoding")
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzipped(path, body)
                self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("ETag", etag)
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the browser stopped reading (a page closed mid-load): nothing to do

    def do_GET(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == SUB.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", SUB)
            self.end_headers()
            return
        if path.startswith(SUB):
            rel = path[len(SUB):]
            target = os.path.realpath(os.path.join(DIST, rel))
            if target.startswith(DIST) and os.path.isdir(target):
                target = os.path.join(target, "index.html")
            elif rel and "." not in os.path.basename(rel) and os.path.isfile(target + ".html"):
                target = target + ".html"
            if target.startswith(DIST) and os.path.isfile(target):
                return self.send_file(target, 200)
        fallback = os.path.join(DIST, "404.html")
        if os.path.isfile(fallback):
            return self.send_file(fallback, 404)
        self.send_error(404)

    do_HEAD = do_GET


try:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
except OSError as e:
    sys.exit(f"cannot listen on 127.0.0.1:{args.port} ({e.strerror}); choose another port, e.g. PORT=8081 scripts/serve")
print(f"serving http://127.0.0.1:{server.server_address[1]}{SUB}", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass

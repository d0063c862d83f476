#!/usr/bin/env python3
"""Trunk post-build hook, run in the staging folder before dist/ is finalised.

0. Splits the app's wasm (see split_app below): the first screen's code stays in the wasm the
   page loads, every other page goes into a chunk fetched when that page is first opened.
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
import base64, glob, hashlib, os, re, shutil, subprocess, sys, tempfile

ROUTES_RS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "ui", "routes.rs")

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("TRUNK_STAGING_DIR is not set: run this from trunk's post_build hook")
index = os.path.join(staging, "index.html")
html = open(index, encoding="utf-8").read()

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
APP = "digital-equity-workbench"
# What rustc 1.95 emits for wasm32 by default, and simd128 (.cargo/config.toml): wasm-opt 116
# must be told, or it refuses the module.
WASM_FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
                 "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
                 "--enable-simd"]


def tool(name):
    found = shutil.which(name) or shutil.which(name, path=os.path.expanduser("~/.cargo/bin"))
    if not found:
        sys.exit(f"post_build: {name} is not installed (scripts/lib.sh installs it)")
    return found


def run(*args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"post_build: {' '.join(args)} failed:\n{done.stdout}{done.stderr}")


def short_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


def split_app(html):
    """Splits the app's wasm into the first screen and on-demand chunks.

    Trunk cannot split, so this redoes its last steps from cargo's own output, which the
    `split` feature links with --emit-relocs (build.rs):
    1. wasm_split_cli cuts the module at every `leptos::lazy` function (src/ui/app.rs);
    2. wasm-bindgen makes the JS glue for the main part, under trunk's file names, so the
       loader trunk wrote into index.html starts it unchanged;
    3. wasm-opt shrinks every part (release only; index.html turns trunk's own run off);
    4. the chunks and the split loader get content-hashed names, like trunk's files, so a
       browser never mixes a chunk of one build with the main wasm of another;
    5. the integrity hashes trunk wrote for the files it preloads are computed again.
    """
    js_names = [n for n in os.listdir(staging) if re.fullmatch(re.escape(APP) + r"-[0-9a-f]+\.js", n)]
    if len(js_names) != 1:
        sys.exit(f"post_build: expected one {APP}-<hash>.js in the staging folder, found {js_names}")
    stem = js_names[0][:-3]
    profile = os.environ.get("TRUNK_PROFILE", "release")
    target_dir = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    raw = os.path.join(target_dir, "wasm32-unknown-unknown", profile, f"{APP}.wasm")
    if not os.path.exists(raw):
        sys.exit(f"post_build: cargo's output {raw} is missing")
    with tempfile.TemporaryDirectory() as tmp:
        split_dir, glue_dir = os.path.join(tmp, "split"), os.path.join(tmp, "glue")
        run(tool("wasm-split-cli"), raw, split_dir, "--target", "web", "--out-name", stem)
        run(tool("wasm-bindgen"), os.path.join(split_dir, f"{stem}.wasm"), "--out-dir", glue_dir,
            "--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
            "--out-name", stem)
        chunks = sorted(n for n in os.listdir(split_dir) if n.endswith(".wasm") and n != f"{stem}.wasm")
        if not chunks:
            sys.exit("post_build: the splitter made no chunks: is the `split` feature on (index.html)?")
        loader = open(os.path.join(split_dir, "__wasm_split.js"), encoding="utf-8").read()
        for name in chunks:
            path = os.path.join(split_dir, name)
            if profile == "release":
                run(tool("wasm-opt"), "-Oz", *WASM_FEATURES, path, "-o", path)
            data = open(path, "rb").read()
            hashed = f"{name[:-5]}-{short_hash(data)}.wasm"
            if f"./{name}" not in loader:
                sys.exit(f"post_build: the split loader does not name {name}")
            loader = loader.replace(f"./{name}", f"./{hashed}")
            shutil.copyfile(path, os.path.join(staging, hashed))
        loader_name = f"__wasm_split-{short_hash(loader.encode())}.js"
        with open(os.path.join(staging, loader_name), "w", encoding="utf-8") as f:
            f.write(loader)
        glue = open(os.path.join(glue_dir, f"{stem}.js"), encoding="utf-8").read()
        # Only the import statements change: the wasm still names its import module
        # "./__wasm_split.js", and the glue's import object keeps that key.
        glue, n = re.subn(r"""(from\s*["'])\./__wasm_split\.js(["'])""", lambda m: f"{m.group(1)}./{loader_name}{m.group(2)}", glue)
        if n == 0:
            sys.exit("post_build: the JS glue does not import the split loader")
        with open(os.path.join(staging, f"{stem}.js"), "w", encoding="utf-8") as f:
            f.write(glue)
        main = os.path.join(staging, f"{stem}_bg.wasm")
        shutil.copyfile(os.path.join(glue_dir, f"{stem}_bg.wasm"), main)
        if profile == "release":
            run(tool("wasm-opt"), "-Oz", *WASM_FEATURES, main, "-o", main)
        snippets = os.path.join(glue_dir, "snippets")
        if os.path.isdir(snippets):
            shutil.copytree(snippets, os.path.join(staging, "snippets"), dirs_exist_ok=True)
    for name in (f"{stem}.js", f"{stem}_bg.wasm"):
        digest = base64.b64encode(hashlib.sha384(open(os.path.join(staging, name), "rb").read()).digest()).decode()
        html, n = re.subn(r'(href="[^"]*/' + re.escape(name) + r'"[^>]*integrity=")sha384-[^"]+(")',
                          lambda m: f"{m.group(1)}sha384-{digest}{m.group(2)}", html)
        if n != 1:
            sys.exit(f"post_build: found {n} integrity attributes for {name} in index.html, expected 1")
    print(f"post_build: split the app's wasm into the first screen and {len(chunks)} chunks")
    return html


html = split_app(html)

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

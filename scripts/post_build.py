#!/usr/bin/env python3
"""Trunk post-build hook, run in the staging folder before dist/ is finalised.

0. Splits the app's wasm (see split_app below): the first screen's code stays in the wasm the
   page loads, every other page goes into a chunk fetched when that page is first opened.
1. Computes the sha256 of every inline <script> trunk wrote into index.html and puts those
   hashes in the Content-Security-Policy in place of TRUNK_LOADER_HASH, so the policy can
   forbid 'unsafe-inline'.
2. Writes the static first screen's menu from the page table (src/ui/pages.json), as the app
   draws it (src/ui/components/shell.rs, Nav).
3. Writes the finished page, without the start page's static first screen, as <route>.html for
   every path of the page table:
   GitHub Pages serves /<repo>/team from team.html with status 200, so reloading a deep link
   starts the app at that page without an error.
4. Copies it to 404.html too: GitHub Pages serves 404.html for any other path, so the app still
   starts there and shows its own "page not found".
5. Writes the service worker (sw/sw.js) as sw.js with this build's file list and a version
   computed from every file's content, so a new build is a new cache and never a mixed one.
"""
import base64, glob, hashlib, json, os, re, shutil, struct, subprocess, sys, tempfile
import html as htmllib

PAGE_TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "ui", "pages.json")

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
# DEW_WASM_NAMES=1 keeps function names in every wasm part, for profiling (bench/start_profile.mjs);
# the build must also keep cargo's symbols: CARGO_PROFILE_RELEASE_STRIP=false.
NAMES = ["-g"] if os.environ.get("DEW_WASM_NAMES") == "1" else []


def tool(name):
    # scripts/lib.sh names the wasm-opt it chose (npm's binaryen 116, or the crates.io build) in
    # WASM_OPT. Otherwise (trunk run by hand): the project's npm binaryen, then ~/.cargo/bin,
    # where scripts/lib.sh installs the other pinned tools, then PATH. main() checks the version.
    if name == "wasm-opt":
        chosen = os.environ.get("WASM_OPT") or os.path.join(ROOT, "node_modules", "binaryen", "bin", "wasm-opt")
        if os.access(chosen, os.X_OK):
            return chosen
    found = shutil.which(name, path=os.path.expanduser("~/.cargo/bin")) or shutil.which(name)
    if not found:
        sys.exit(f"post_build: {name} is not installed (scripts/lib.sh installs it)")
    return found


def run(*args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"post_build: {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def short_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


MASK = (1 << 64) - 1


def _diffuse(x):
    x = (x * 0x6EED0E9DA4D94A4F) & MASK
    x ^= (x >> 32) >> (x >> 60)
    return (x * 0x6EED0E9DA4D94A4F) & MASK


def seahash(buf):
    """SeaHash 4 (the seahash crate's `hash`), which trunk uses to name the app's files after
    cargo's wasm: a file is known to be the one trunk just built when the two agree."""
    n = len(buf) // 8
    words = struct.unpack_from(f"<{n}Q", buf)
    a, b, c, d = 0x16F11FE89B0D677C, 0xB480A793D8E6C86C, 0x6FE2E5AAF078EBC9, 0x14F994A4C5259381
    full = n - n % 4
    for i in range(0, full, 4):
        a, b, c, d = _diffuse(a ^ words[i]), _diffuse(b ^ words[i + 1]), _diffuse(c ^ words[i + 2]), _diffuse(d ^ words[i + 3])
    lanes = [a, b, c, d]
    tail = list(words[full:])
    if len(buf) % 8:
        tail.append(int.from_bytes(buf[n * 8:], "little"))
    for w in tail:
        lanes = lanes[1:] + [_diffuse(lanes[0] ^ w)]
    return _diffuse(lanes[0] ^ lanes[1] ^ lanes[2] ^ lanes[3] ^ len(buf))


assert seahash(b"to be or not to be") == 1988685042348123509  # the crate's own test vector


def cargo_wasm(stem):
    """Cargo's wasm that trunk has just turned into `stem` (named after its SeaHash). The file
    cargo puts at the top of the profile's folder may since have been replaced by a build with
    other features, so the copies in deps/ are looked at too."""
    meta = json.loads(run("cargo", "metadata", "--format-version", "1", "--no-deps", "--offline",
                          "--manifest-path", os.path.join(ROOT, "Cargo.toml")))
    folder = os.path.join(meta["target_directory"], "wasm32-unknown-unknown",
                          os.environ.get("TRUNK_PROFILE", "release"))
    want = stem.rsplit("-", 1)[1]
    candidates = [os.path.join(folder, f"{APP}.wasm")]
    candidates += sorted(glob.glob(os.path.join(folder, "deps", APP.replace("-", "_") + "-*.wasm")),
                         key=os.path.getmtime, reverse=True)
    for path in candidates:
        if os.path.exists(path) and format(seahash(open(path, "rb").read()), "x") == want:
            return path
    sys.exit(f"post_build: none of cargo's wasm files in {folder} is the one trunk named {stem}")


def split_app(html):
    """Splits the app's wasm into the first screen and on-demand chunks.

    Trunk cannot split, so this redoes its last steps from cargo's own output, which the
    `split` feature links with --emit-relocs (build.rs):
    1. wasm-split-cli cuts the module at every `wasm_split` function (src/ui/app.rs);
    2. wasm-bindgen makes the JS glue for the main part;
    3. wasm-opt 116 shrinks every part (release only; index.html turns trunk's own run off);
    4. every file gets a name hashed from what it finally holds: each chunk its own, and the
       main wasm, its glue and the split loader one hash of the three (the glue and the loader
       name each other), which also replaces trunk's name in index.html. A browser or the
       service worker thus never takes a file of one build for a file of another;
    5. the integrity hashes of the files index.html preloads are computed again.
    """
    js_names = [n for n in os.listdir(staging) if re.fullmatch(re.escape(APP) + r"-[0-9a-f]+\.js", n)]
    if len(js_names) != 1:
        sys.exit(f"post_build: expected one {APP}-<hash>.js in the staging folder, found {js_names}")
    stem = js_names[0][:-3]
    raw = cargo_wasm(stem)
    release = os.environ.get("TRUNK_PROFILE", "release") == "release"
    if release and "version 116" not in run(tool("wasm-opt"), "--version"):
        sys.exit("post_build: wasm-opt is not binaryen 116 (Debian's 108 corrupts the output)")
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
            if release:
                run(tool("wasm-opt"), "-Oz", *NAMES, *WASM_FEATURES, path, "-o", path)
            data = open(path, "rb").read()
            hashed = f"{name[:-5]}-{short_hash(data)}.wasm"
            # With its ".wasm": "./chunk_1.wasm" is not a prefix of "./chunk_10.wasm".
            if f"./{name}" not in loader:
                sys.exit(f"post_build: the split loader does not name {name}")
            loader = loader.replace(f"./{name}", f"./{hashed}")
            shutil.copyfile(path, os.path.join(staging, hashed))
        main = os.path.join(tmp, "main.wasm")
        shutil.copyfile(os.path.join(glue_dir, f"{stem}_bg.wasm"), main)
        if release:
            run(tool("wasm-opt"), "-Oz", *NAMES, *WASM_FEATURES, main, "-o", main)
        main_bytes = open(main, "rb").read()
        glue = open(os.path.join(glue_dir, f"{stem}.js"), encoding="utf-8").read()
        snippets = os.path.join(glue_dir, "snippets")
        if os.path.isdir(snippets):
            shutil.copytree(snippets, os.path.join(staging, "snippets"), dirs_exist_ok=True)
    h = short_hash(main_bytes + glue.encode() + loader.encode())
    new_stem, loader_name = f"{APP}-{h}", f"__wasm_split-{h}.js"
    # The glue's import statements change, not its import object: the wasm still names its
    # import module "./__wasm_split.js".
    glue, n = re.subn(r"""(from\s*["'])\./__wasm_split\.js(["'])""", lambda m: f"{m.group(1)}./{loader_name}{m.group(2)}", glue)
    if n == 0:
        sys.exit("post_build: the JS glue does not import the split loader")
    if f"./{stem}.js" not in loader:
        sys.exit(f"post_build: the split loader does not import ./{stem}.js")
    outputs = {
        # Only its default URL of the wasm: the wasm names the glue's own import module
        # "./<trunk's name>_bg.js", and the import object keeps that key.
        f"{new_stem}.js": glue.replace(f"{stem}_bg.wasm", f"{new_stem}_bg.wasm").encode(),
        f"{new_stem}_bg.wasm": main_bytes,
        loader_name: loader.replace(f"./{stem}.js", f"./{new_stem}.js").encode(),
    }
    for name in (f"{stem}.js", f"{stem}_bg.wasm"):
        os.remove(os.path.join(staging, name))
    for name, data in outputs.items():
        with open(os.path.join(staging, name), "wb") as f:
            f.write(data)
    if html.count(stem) < 3:
        sys.exit(f"post_build: index.html names {stem} {html.count(stem)} times, expected the preloads and the loader")
    html = html.replace(stem, new_stem)
    # The glue imports the split loader: preloaded beside the glue, it does not wait for the
    # glue to be fetched and parsed first: a round trip less (`node bench/tti_ab.mjs <before>
    # <after> --latency 100`: 688 -> 614 ms to interactive at 4x CPU).
    glue_preload = re.search(r'<link rel="modulepreload" href="([^"]*/)' + re.escape(new_stem) + r'\.js"[^>]*>', html)
    if not glue_preload:
        sys.exit("post_build: index.html has no modulepreload of the JS glue")
    loader_preload = (f'<link rel="modulepreload" href="{glue_preload.group(1)}{loader_name}" '
                      f'crossorigin="anonymous" integrity="sha384-">')
    html = html[:glue_preload.end()] + loader_preload + html[glue_preload.end():]
    for name in (f"{new_stem}.js", f"{new_stem}_bg.wasm", loader_name):
        digest = base64.b64encode(hashlib.sha384(outputs[name]).digest()).decode()
        html, n = re.subn(r'(href="[^"]*/' + re.escape(name) + r'"[^>]*integrity=")sha384-[^"]*(")',
                          lambda m: f"{m.group(1)}sha384-{digest}{m.group(2)}", html)
        if n != 1:
            sys.exit(f"post_build: found {n} integrity attributes for {name} in index.html, expected 1")
    print(f"post_build: split the app's wasm into the first screen ({new_stem}) and {len(chunks)} chunks")
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
table = json.load(open(PAGE_TABLE, encoding="utf-8"))
routes = [p["path"].lstrip("/") for p in table["pages"] if p["path"] != "/"]
if not routes:
    sys.exit(f"no pages found in {PAGE_TABLE}: deep links would break")


def menu_html(table):
    """The menu as the app draws it (shell.rs, Nav), with links relative to <base href>; the
    start page is the current one."""
    def link(p):
        home = p["path"] == "/"
        href = "./" if home else p["path"].lstrip("/")
        current = ' aria-current="page"' if home else ""
        return f'<li><a href="{href}"{current}>{htmllib.escape(p["label"], quote=False)}</a></li>'
    out = ['<button type="button" class="menu-toggle secondary small" aria-controls="site-menu" aria-expanded="false">Menu</button>',
           '    <ul class="nav-groups" id="site-menu">']
    out += ["      " + link(p) for p in table["pages"] if p["menu"] == "top"]
    for sec in table["sections"]:
        label = htmllib.escape(sec["label"])
        links = "".join(link(p) for p in table["pages"] if p["menu"] == sec["id"])
        out.append(f'      <li class="nav-group"><span class="nav-group-name" aria-hidden="true">{label}</span>'
                   f'<ul aria-label="{label}">{links}</ul></li>')
    out.append("    </ul>")
    return "\n".join(out)


html, n = re.subn(r"<!-- menu: [^>]*-->", lambda _: menu_html(table), html)
if n != 1:
    sys.exit(f"post_build: found {n} menu markers in index.html, expected 1")
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
# The static first screen (index.html) is the start page's: every other page goes without it.
other, n = re.subn(r"<!-- first-screen:.*?<!-- /first-screen -->", "", html, flags=re.S)
if n != 1:
    sys.exit(f"post_build: found {n} first-screen blocks in index.html, expected 1")
for name in routes + ["404"]:
    with open(os.path.join(staging, f"{name}.html"), "w", encoding="utf-8") as f:
        f.write(other)
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
sw = sw.replace("__VERSION__", version.hexdigest()[:16]).replace("__FILES__", json.dumps(files))
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(sw)
print(f"post_build: CSP allows {len(hashes)} inline script(s); wrote {', '.join(r + '.html' for r in routes)} and 404.html; sw.js caches {len(files)} files")

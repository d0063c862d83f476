#!/usr/bin/env bash
# Shared helpers for the two README commands (scripts/serve and scripts/test).
# Every install step is idempotent: a tool already present at the pinned version is left alone.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION="0.21.14"
# The fallback only: builds binaryen 116 from C++ source (~10 min on two cores). The npm package
# binaryen@116.0.0 (package.json) is used first. Debian's binaryen 108 corrupts output.
WASM_OPT_CRATE_VERSION="0.116.1"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock")"

# The sub-path the app is served under locally and in tests (GitHub Pages uses /<repo>/).
PUBLIC_PATH="${PUBLIC_PATH:-/workbench/}"

step() { printf '\n==> [%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# The command-line tools below are built by `cargo install` with their own release profiles
# overridden: trunk's asks for fat LTO and one codegen unit, which is most of its 8 minutes on
# two cores and buys nothing for a tool that spends its time waiting for cargo. The tools'
# shared dependencies are built once, in one scratch target folder removed afterwards.
# Measured in the closing note of issue 31 (the README's "Cold set-up" table).
TOOLS_BUILD_DIR="${TMPDIR:-/tmp}/dew-tools-build"
install_tool() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --target-dir "$TOOLS_BUILD_DIR" "$@"
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_wasm_target() {
  step "rust target wasm32-unknown-unknown"
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "present"
  else
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  step "trunk $TRUNK_VERSION"
  if command -v trunk >/dev/null && trunk --version | grep -q " $TRUNK_VERSION"; then
    echo "present"
  else
    # No default features: the update check and TLS (rustls, ring) are for `trunk serve` and
    # tool downloads, which this project never uses (Trunk.toml: offline = true).
    install_tool --locked trunk --version "$TRUNK_VERSION" --no-default-features
  fi
}

ensure_wasm_bindgen() {
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $WASM_BINDGEN_VERSION\$" \
     && command -v wasm-bindgen-test-runner >/dev/null; then
    echo "present"
  else
    # --locked fails for this crate (its lockfile pins a yanked webpki-roots): install unlocked.
    install_tool wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

# wasm-opt 116 comes from npm (binaryen@116.0.0, pinned in package.json): a Node build of
# binaryen that installs in seconds and gives byte-for-byte the same output as the native build
# (all 33 wasm files of a release build compared, shared/TOOLCHAIN.md). When Node cannot run it,
# the crates.io build is used (compiled from C++ when missing, ~10 minutes). Either way the
# chosen one is put first on PATH (trunk runs it for the worker) and exported as WASM_OPT
# (scripts/post_build.py runs it for the app), and any wasm-opt that is not 116 is refused.
NPM_WASM_OPT="$ROOT/node_modules/binaryen/bin/wasm-opt"
is_wasm_opt_116() { [ -x "$1" ] && "$1" --version 2>/dev/null | grep -q "version 116"; }
ensure_wasm_opt() {
  step "wasm-opt (binaryen 116: npm first, crates.io as the fallback)"
  if ! is_wasm_opt_116 "$NPM_WASM_OPT" && command -v npm >/dev/null; then
    ensure_npm_packages
  fi
  if is_wasm_opt_116 "$NPM_WASM_OPT"; then
    WASM_OPT="$NPM_WASM_OPT"
    echo "using npm binaryen@116.0.0: $WASM_OPT"
  else
    echo "npm's binaryen 116 cannot run here: using the crates.io build"
    if ! is_wasm_opt_116 "$HOME/.cargo/bin/wasm-opt"; then
      install_tool --locked wasm-opt --version "$WASM_OPT_CRATE_VERSION"
    fi
    WASM_OPT="$HOME/.cargo/bin/wasm-opt"
    echo "using the crates.io build: $WASM_OPT"
  fi
  is_wasm_opt_116 "$WASM_OPT" || { echo "wasm-opt at $WASM_OPT is not binaryen 116" >&2; exit 1; }
  export WASM_OPT
  export PATH="$(dirname "$WASM_OPT"):$PATH"
}

# Splits the app's wasm into the first screen and on-demand page chunks (scripts/post_build.py).
# 0.2.4 is the first release that handles wasm-bindgen 0.2.130's output.
WASM_SPLIT_VERSION="0.2.4"
ensure_wasm_split() {
  step "wasm-split-cli $WASM_SPLIT_VERSION (wasm_split_cli_support)"
  if command -v wasm-split-cli >/dev/null && [ -f "$HOME/.cargo/.crates.toml" ] \
     && grep -q "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "$HOME/.cargo/.crates.toml"; then
    echo "present"
  else
    install_tool --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi
}

ensure_chromium() {
  step "chromium + chromedriver (Debian packages)"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "present: $(/usr/bin/chromium --version 2>/dev/null)"
  else
    as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q chromium chromium-driver
  fi
}

ensure_npm_packages() {
  step "npm packages (playwright-core, axe-core, pdfjs-dist, papaparse, lighthouse)"
  cd "$ROOT"
  if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    echo "present"
  else
    npm ci --no-audit --no-fund
  fi
}

ensure_cargo_deps() {
  step "cargo fetch (trunk runs cargo offline)"
  cd "$ROOT"
  cargo fetch --target wasm32-unknown-unknown
  cargo fetch
}

# What building the app needs.
ensure_build_tools() {
  ensure_wasm_target
  ensure_cargo_deps
  ensure_wasm_bindgen
  ensure_trunk
  ensure_wasm_opt
  ensure_wasm_split
  rm -rf "$TOOLS_BUILD_DIR"
}

# What building, serving and testing need.
ensure_all_tools() {
  ensure_chromium
  ensure_npm_packages
  ensure_build_tools
}

# Builds the release dist/ for hosting under $PUBLIC_PATH.
build_release() {
  step "trunk build --release (dist/ for $PUBLIC_PATH)"
  cd "$ROOT"
  trunk build index.html --release --public-url "$PUBLIC_PATH"
}

#!/usr/bin/env bash
# Shared helpers for the two README commands (scripts/serve and scripts/test).
# Every install step is idempotent: a tool already present at the pinned version is left alone.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION="0.21.14"
WASM_OPT_CRATE_VERSION="0.116.1"   # builds binaryen 116 from source; Debian's binaryen 108 corrupts output
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock")"

# The sub-path the app is served under locally and in tests (GitHub Pages uses /<repo>/).
PUBLIC_PATH="${PUBLIC_PATH:-/workbench/}"

step() { printf '\n==> [%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

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
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $WASM_BINDGEN_VERSION\$" \
     && command -v wasm-bindgen-test-runner >/dev/null; then
    echo "present"
  else
    # --locked fails for this crate (its lockfile pins a yanked webpki-roots): install unlocked.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

ensure_wasm_opt() {
  step "wasm-opt (binaryen 116, from crates.io)"
  if [ -x "$HOME/.cargo/bin/wasm-opt" ] && "$HOME/.cargo/bin/wasm-opt" --version | grep -q "version 116"; then
    echo "present"
  else
    cargo install --locked wasm-opt --version "$WASM_OPT_CRATE_VERSION"
  fi
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
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
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

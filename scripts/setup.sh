#!/usr/bin/env bash
#! Installs what building, serving and testing need — only what is missing — and puts it on PATH.
# Sourced by scripts/serve and scripts/test; safe to run on its own.  Every version comes from a
# file in the repository (Cargo.lock, Trunk.toml, this script), so two machines agree.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must be exactly the wasm-bindgen crate version locked in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock")"
# Trunk.toml names the wasm-opt it accepts as "version_N"; Debian's 108 breaks the page at start-up.
WASM_OPT_VERSION="$(sed -n 's/^wasm_opt *= *"version_\([0-9]*\)"/\1/p' "$ROOT/Trunk.toml")"
TOOLS="$ROOT/.tools"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$TOOLS/binaryen/node_modules/.bin:$CARGO_BIN:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    # Not --locked: the CLI's own lock file names a webpki-roots release the registry lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

ensure_wasm_opt() {
  if ! wasm-opt --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION"; then
    say "installing wasm-opt $WASM_OPT_VERSION from the npm registry"
    mkdir -p "$TOOLS/binaryen"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/binaryen" "binaryen@$WASM_OPT_VERSION.0.0" >&2
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >&2
  fi
}

CARGO_DENY_VERSION="0.20.2"

ensure_cargo_deny() {
  if [ "$(cargo-deny --version 2>/dev/null)" != "cargo-deny $CARGO_DENY_VERSION" ]; then
    say "installing cargo-deny $CARGO_DENY_VERSION (about 3 minutes)"
    cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked --force
  fi
}

ensure_axe() {
  # axe-core checks the page's accessibility in the end-to-end tests.
  if [ ! -f "$TOOLS/axe/node_modules/axe-core/axe.min.js" ]; then
    say "installing axe-core 4 from the npm registry"
    mkdir -p "$TOOLS/axe"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/axe" "axe-core@4" >&2
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_wasm_opt
  ensure_wasm_bindgen
  ensure_trunk
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_build_tools
  ensure_chromium
  say "all tools present"
fi

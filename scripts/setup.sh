#!/usr/bin/env bash
# Installs everything xxgk-lint needs on a fresh Debian 12 machine: compilers and CMake, the
# header-only libraries, Emscripten for the WebAssembly build, and Chromium with CJK fonts plus
# playwright-core for the browser tests. Safe to run again: apt and npm skip what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

packages=(
  build-essential cmake ninja-build pkg-config python3
  nlohmann-json3-dev libutfcpp-dev doctest-dev
  clang libclang-rt-14-dev clang-format
  emscripten
  chromium fonts-noto-cjk
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node.js and npm: the machine's own when present (Debian's nodejs conflicts with some preinstalled
# builds that bundle npm), Debian's otherwise.
if ! command -v npm >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi

# esbuild bundles web/src for web/build.mjs; its Linux binary ships inside the npm package
# (@esbuild/linux-x64). Exact versions from web/package-lock.json, so builds are reproducible.
if [ ! -d web/node_modules/esbuild ]; then
  echo "setup: npm ci in web/ (esbuild)"
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi

# The web tests' packages, exactly as web/tests/package-lock.json pins them: playwright-core (it
# only drives the system Chromium and never downloads a browser), acorn, and the real editors the
# embedding script is tested on. Installed again when one is missing or the lock file changed.
lock_sum=$(sha256sum web/tests/package-lock.json | cut -d' ' -f1)
lock_stamp=web/tests/node_modules/.xxgk-installed-lock
if [ "$(cat "$lock_stamp" 2>/dev/null)" != "$lock_sum" ] || ! (cd web/tests && npm ls --depth=0 >/dev/null 2>&1); then
  echo "setup: npm ci in web/tests (playwright-core, acorn, ckeditor4, tinymce, @wangeditor/editor, kindeditor)"
  (cd web/tests && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > "$lock_stamp"
fi
echo "setup: done"

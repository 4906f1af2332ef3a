#!/usr/bin/env bash
# Builds everything on a fresh Debian machine and checks a sample report:
#   build/cli/xxgk-lint             the native command line
#   build-wasm/wasm/xxgk-lint-module.js   the core as WebAssembly (one self-contained script)
#   build/web/xxgk-lint.html        the checker page: one file, works from file:// offline
#   build/web/xxgk-lint.js          the embedding script for CMS pages
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/setup.sh

echo "== native build"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DXXGK_WERROR="${XXGK_WERROR:-OFF}" >/dev/null
cmake --build build

echo "== WebAssembly build"
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
emcmake cmake -S . -B build-wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-wasm

echo "== web page and embedding script"
node web/build.mjs build-wasm/wasm/xxgk-lint-module.js build/web

echo "== sample: ../shared/seeds/siming-2019.txt"
sample="$root/../shared/seeds/siming-2019.txt"
if [ -f "$sample" ]; then
  build/cli/xxgk-lint "$sample" || true   # exit 1: the sample has errors, as it should
fi
cat <<MSG

Built:
  $root/build/cli/xxgk-lint            (xxgk-lint --help)
  $root/build/web/xxgk-lint.html       (open it in a browser; works offline from file://)
  $root/build/web/xxgk-lint.js         (embed in a CMS page: see web/README.md)
MSG

#!/usr/bin/env bash
# Runs every benchmark and prints one table. Figures only: it never fails on a slow result (it exits
# non-zero only when it cannot run), and it marks each bar of issue 4 MET or MISSED:
#   native within 10x of `wc -m` throughput; WebAssembly within 2x of native; a typical report
#   (the corpus median) checks in under 5 ms.
#
#   bench/run.sh                 # everything, about 2-4 minutes
#   QUICK=1 bench/run.sh         # shorter timing (0.3 s per group)
#
# Inputs (groups): seeds = ../shared/seeds; corpus = 1000 reports from tests/corpus/generate.py
# (--seed 2024, cached in $BUILD/bench-corpus); big = one 10 MB paste (a report pasted over and over,
# tests/stress/generate.py pasted-report).
# Environment: BUILD (native build dir, default build; configured Release if absent),
# WASM (module, default build-wasm/wasm/xxgk-lint-module.js), PAGE (default $BUILD/web/xxgk-lint.html).
# The WebAssembly and page rows are skipped when the module, the page, Node, Chromium or
# playwright-core are absent.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
BUILD=${BUILD:-build}
WASM=${WASM:-build-wasm/wasm/xxgk-lint-module.js}
PAGE=${PAGE:-$BUILD/web/xxgk-lint.html}
min_time=1.0
[ -n "${QUICK:-}" ] && min_time=0.3
work="$BUILD/bench-work"
mkdir -p "$work"

echo "== native build ($BUILD, Release)"
if [ ! -f "$BUILD/build.ninja" ] && [ ! -f "$BUILD/Makefile" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
btype=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt")
[ "$btype" = Release ] || echo "warning: $BUILD is a '$btype' build, not Release: native figures will be low"
cmake --build "$BUILD" --target xxgk_bench -j2 >/dev/null

echo "== inputs"
seeds="$root/../shared/seeds"
corpus="$BUILD/bench-corpus"
if [ "$(find "$corpus" -name '*.txt' -o -name '*.html' 2>/dev/null | wc -l)" != 1000 ]; then
  rm -rf "$corpus"
  python3 tests/corpus/generate.py --seed 2024 --count 1000 --out "$corpus" >/dev/null
fi
big="$work/big"
mkdir -p "$big"
[ -f "$big/pasted-10mb.txt" ] || python3 tests/stress/generate.py pasted-report 10000000 "$big/pasted-10mb.txt"
groups=("seeds=$seeds" "corpus=$corpus" "big=$big")
echo "seeds: $(ls "$seeds" | wc -l) reports; corpus: 1000 reports in $corpus; big: $(du -h "$big/pasted-10mb.txt" | cut -f1)"

echo "== native (xxgk_bench)"
"$BUILD/bench/xxgk_bench" --min-time "$min_time" "${groups[@]}" | tee "$work/native.txt"

echo "== wc -m over the same bytes"
: > "$work/wc.txt"
for g in "${groups[@]}"; do
  name=${g%%=*} dir=${g#*=}
  cat_file="$work/$name.cat"
  find "$dir" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.md' \) -print0 | sort -z |
    xargs -0 cat > "$cat_file.1"
  : > "$cat_file"
  # Repeat the group's bytes to at least 8 MB so that wc's start-up does not count.
  while [ "$(stat -c %s "$cat_file")" -lt 8000000 ]; do cat "$cat_file.1" >> "$cat_file"; done
  rm -f "$cat_file.1"
  best=""
  for _ in 1 2 3; do
    t0=$(date +%s%N); LC_ALL=C.UTF-8 wc -m "$cat_file" >/dev/null; t1=$(date +%s%N)
    ns=$((t1 - t0)); if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best=$ns; fi
  done
  bytes=$(stat -c %s "$cat_file")
  mbps=$(awk -v b="$bytes" -v ns="$best" 'BEGIN { printf "%.1f", b / 1e6 / (ns / 1e9) }')
  echo "WC group=$name bytes=$bytes ms=$(awk -v ns="$best" 'BEGIN { printf "%.1f", ns / 1e6 }') mbps=$mbps" | tee -a "$work/wc.txt"
  rm -f "$cat_file"
done

: > "$work/wasm.txt"
if [ -f "$WASM" ] && command -v node >/dev/null; then
  echo "== WebAssembly in Node ($WASM)"
  node bench/bench_wasm.mjs --module "$WASM" --min-time "$min_time" "${groups[@]}" | tee "$work/wasm.txt"
else
  echo "== WebAssembly: skipped (no $WASM; build: emcmake cmake -S . -B build-wasm -G Ninja && cmake --build build-wasm)"
fi

: > "$work/page.txt"
if [ -f "$PAGE" ] && command -v node >/dev/null; then
  echo "== page in Chromium ($PAGE)"
  node bench/page_load.mjs --runs 5 "$PAGE" "$seeds"/*.txt | tee "$work/page.txt" || echo "(page benchmark could not run)"
else
  echo "== page: skipped (no $PAGE; scripts/build.sh builds build/web)"
fi

# key=value field of a RESULT line for one group
field() { grep -E "^$1 group=$2 " "$3" 2>/dev/null | head -1 | tr ' ' '\n' | sed -n "s/^$4=//p"; }

echo
echo "== summary"
printf '%-7s %6s %8s | %-27s %9s | %9s %7s | %-27s %9s %8s\n' group reports MB "native ms/report mean/p50/max" "native MB/s" "wc -m MB/s" "wc/nat" \
  "wasm ms/report mean/p50/max" "wasm MB/s" "wasm/nat"
for g in "${groups[@]}"; do
  name=${g%%=*}
  files=$(field RESULT "$name" "$work/native.txt" files)
  bytes=$(field RESULT "$name" "$work/native.txt" bytes)
  nm=$(field RESULT "$name" "$work/native.txt" mean_ms); n50=$(field RESULT "$name" "$work/native.txt" median_ms)
  nmax=$(field RESULT "$name" "$work/native.txt" max_ms); nmb=$(field RESULT "$name" "$work/native.txt" mbps)
  wc=$(field WC "$name" "$work/wc.txt" mbps)
  wm=$(field RESULT "$name" "$work/wasm.txt" mean_ms); w50=$(field RESULT "$name" "$work/wasm.txt" median_ms)
  wmax=$(field RESULT "$name" "$work/wasm.txt" max_ms); wmb=$(field RESULT "$name" "$work/wasm.txt" mbps)
  ratio_wc=$(awk -v a="$wc" -v b="$nmb" 'BEGIN { printf "%.1fx", a / b }')
  ratio_w=$( [ -n "$wm" ] && awk -v a="$wm" -v b="$nm" 'BEGIN { printf "%.1fx", a / b }' || echo "-")
  printf '%-7s %6s %8.2f | %8.3f/%8.3f/%9.3f %9.1f | %9.1f %7s | %-27s %9s %8s\n' "$name" "$files" \
    "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$nm" "$n50" "$nmax" "$nmb" "$wc" "$ratio_wc" \
    "$( [ -n "$wm" ] && printf '%8.3f/%8.3f/%9.3f' "$wm" "$w50" "$wmax" || echo skipped)" "${wmb:--}" "$ratio_w"
done

if [ -s "$work/page.txt" ]; then
  grep -E '^PAGE ' "$work/page.txt" | sed -E 's/^PAGE /page (file:\/\/, cold, median of 5): /; s/dcl_ms=/DOMContentLoaded /; s/ ready_ms=/ ms, XxgkLint.ready /; s/ ui_ms=/ ms, checker UI ready /; s/$/ ms/'
  grep -E '^PAGECHECK ' "$work/page.txt" | awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "  XxgkLint.check in the page: %-24s %8s B %8s ms\n", v["file"], v["bytes"], v["ms"] }'
fi

echo "web files (raw / gzip -9):"
for f in "$WASM" "$PAGE" "$(dirname "$PAGE")/xxgk-lint.js"; do
  [ -f "$f" ] || continue
  printf '  %-48s %9d B %9d B\n' "$f" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
done

echo
echo "bars (issue 4):"
nmb=$(field RESULT corpus "$work/native.txt" mbps); wc=$(field WC corpus "$work/wc.txt" mbps)
awk -v n="$nmb" -v w="$wc" 'BEGIN { printf "  native within 10x of wc -m (corpus):  %.1fx slower  %s\n", w / n, (w / n <= 10 ? "MET" : "MISSED") }'
nmb=$(field RESULT big "$work/native.txt" mbps); wc=$(field WC big "$work/wc.txt" mbps)
awk -v n="$nmb" -v w="$wc" 'BEGIN { printf "  native within 10x of wc -m (10 MB):   %.1fx slower  %s\n", w / n, (w / n <= 10 ? "MET" : "MISSED") }'
nm=$(field RESULT corpus "$work/native.txt" mean_ms); wm=$(field RESULT corpus "$work/wasm.txt" mean_ms)
if [ -n "$wm" ]; then
  awk -v a="$wm" -v b="$nm" 'BEGIN { printf "  wasm within 2x of native (corpus):    %.1fx        %s\n", a / b, (a / b <= 2 ? "MET" : "MISSED") }'
fi
n50=$(field RESULT corpus "$work/native.txt" median_ms); w50=$(field RESULT corpus "$work/wasm.txt" median_ms)
awk -v a="$n50" 'BEGIN { printf "  typical report < 5 ms, native:        %.2f ms     %s\n", a, (a < 5 ? "MET" : "MISSED") }'
if [ -n "$w50" ]; then
  awk -v a="$w50" 'BEGIN { printf "  typical report < 5 ms, wasm (Node):   %.2f ms     %s\n", a, (a < 5 ? "MET" : "MISSED") }'
fi

#!/usr/bin/env bash
# Runs every test: native units, seeds, golden fixtures and the CLI (ctest); the same under
# AddressSanitizer and UndefinedBehaviorSanitizer; a short libFuzzer run per target (replaying the
# regression inputs first); pathological inputs at growing sizes; the WebAssembly module against
# the native CLI and the page and embedding script in Chromium; the synthetic corpus against the
# accuracy bar; generated consecutive-year pairs against the cross-report bars. XXGK_FUZZ_SECONDS sets the fuzzing time per target (default 60).
set -uo pipefail
cd "$(dirname "$0")/.."

# The test build treats compiler warnings as errors.
build_log=$(mktemp)
XXGK_WERROR=ON bash scripts/build.sh >"$build_log" 2>&1 || { cat "$build_log"; echo "tests: 0 passed, 1 failed"; exit 1; }
tail -n 5 "$build_log"

passed=0 failed=0
suite() {  # suite NAME COMMAND...
  local name=$1; shift
  echo; echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

suite "format: the C++ code follows .clang-format" bash scripts/format-check.sh
suite "native: unit, seeds, golden, cli (ctest)" ctest --test-dir build --output-on-failure
suite "web: module, page and embedding (node + Chromium)" node web/tests/run.mjs build/web build/cli/xxgk-lint
suite "sanitizers: the native suite under ASan + UBSan" bash scripts/sanitize.sh
suite "fuzz: libFuzzer, ${XXGK_FUZZ_SECONDS:-60} s per target" bash scripts/fuzz.sh "${XXGK_FUZZ_SECONDS:-60}"
suite "stress: pathological inputs, linear cost" python3 tests/stress/run.py --cli build/cli/xxgk-lint
suite "realworld: real reports against their hand-written truth" python3 tests/realworld/evaluate.py --bar build/cli/xxgk-lint
pairs_dir=$(mktemp -d)
suite "pairs: cross-report rules on generated consecutive-year pairs" \
  bash -c "python3 tests/corpus/pairs.py generate --seed 2026 --count 300 --out '$pairs_dir' >/dev/null &&
           python3 tests/corpus/pairs.py evaluate --bar build/cli/xxgk-lint '$pairs_dir'"
rm -rf "$pairs_dir"
if [ -d tests/corpus/sample ]; then
  suite "corpus: accuracy on generated reports" python3 tests/corpus/evaluate.py --bar build/cli/xxgk-lint tests/corpus/sample
fi

echo
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ]

#!/usr/bin/env bash
# Fuzzes the core with libFuzzer (clang, with AddressSanitizer and UndefinedBehaviorSanitizer):
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 60; targets run one after another)
# Targets (tests/fuzz/): fuzz_text (decode + text layouts), fuzz_html (HTML reader), fuzz_check
# (check_to_json and the result contract). Each first replays its regression inputs
# (tests/fuzz/regressions/<target>/) and the seeds and fixtures, then fuzzes from a corpus kept in
# build-fuzz/corpus/<target>, seeded with ../shared/seeds and tests/fixtures.
# A crash, hang (> 10 s on one input) or out-of-memory (> 2 GB) is saved under
# build-fuzz/artifacts/<target>/ and makes the script exit 1; so does a regression input that
# crashes, hangs (> 10 s) or blows memory (> 1.5 GB) again. Ends with "fuzz: N passed, M failed".
# Environment: XXGK_FUZZ_TARGETS="text html" picks targets. Fuzzing stays on one core.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
targets=${XXGK_FUZZ_TARGETS:-text html check}
build=build-fuzz
shared="$root/../shared"

cxx=$(command -v clang++ || command -v clang++-14 || true)
if [ -z "$cxx" ]; then
  echo "fuzz: clang++ not found (scripts/setup.sh installs clang and libclang-rt-14-dev)"
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi

mkdir -p "$build"
echo "== build ($build, $cxx, -fsanitize=fuzzer,address,undefined)"
if ! { cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >"$build/configure.log" 2>&1 &&
       cmake --build "$build" -j2 >"$build/build.log" 2>&1; }; then
  cat "$build/configure.log" "$build/build.log" 2>/dev/null | tail -40
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

passed=0 failed=0
for t in $targets; do
  bin="$build/fuzz_$t"
  corpus="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  log="$build/logs/$t.log"
  mkdir -p "$corpus" "$artifacts" "$build/logs"

  echo
  echo "== $t: replay regressions (one by one), then seeds and fixtures"
  replay_ok=1
  while IFS= read -r -d '' f; do
    if "$bin" -timeout=10 -rss_limit_mb=1536 "$f" >"$build/logs/$t.replay.log" 2>&1; then
      echo "  ok    $f"
    else
      replay_ok=0
      why=$(grep -m1 -oE 'ERROR: libFuzzer: [a-z-]+|ERROR: [A-Za-z]+Sanitizer: [a-z-]+|runtime error: .*|invariant broken: .*' "$build/logs/$t.replay.log")
      echo "  FAIL  $f: ${why:-exit $?}"
    fi
  done < <(find "tests/fuzz/regressions/$t" -type f ! -name 'README*' -print0 2>/dev/null | sort -z)
  extra=()
  for d in "$shared/seeds" tests/fixtures; do
    [ -d "$d" ] && while IFS= read -r -d '' f; do extra+=("$f"); done < <(find "$d" -type f -print0)
  done
  if [ "${#extra[@]}" -gt 0 ] && ! "$bin" -timeout=10 -rss_limit_mb=1536 "${extra[@]}" >"$build/logs/$t.replay.log" 2>&1; then
    replay_ok=0
    tail -30 "$build/logs/$t.replay.log"
  else
    echo "  ok    ${#extra[@]} seeds and fixtures"
  fi
  if [ "$replay_ok" = 1 ]; then
    passed=$((passed + 1))
  else
    echo "FAILED: $t replay"
    failed=$((failed + 1))
  fi

  # Small regression inputs join the corpus (the big hang reproducers would only stall fuzzing).
  find "tests/fuzz/regressions/$t" -type f -size -64k ! -name 'README*' -exec cp {} "$corpus/" \; 2>/dev/null
  fuzz_seeds=()
  for d in "$shared/seeds" tests/fixtures; do [ -d "$d" ] && fuzz_seeds+=("$d"); done

  echo "== $t: fuzz ${seconds}s"
  before=$(ls "$artifacts" | wc -l)
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -dict=tests/fuzz/xxgk.dict -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$corpus" "${fuzz_seeds[@]}" >"$log" 2>&1
  rc=$?
  after=$(ls "$artifacts" | wc -l)
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | tail -3
  if [ "$rc" = 0 ] && [ "$before" = "$after" ]; then
    echo "$t: no crash, hang or leak in ${seconds}s ($(ls "$corpus" | wc -l) corpus inputs)"
    passed=$((passed + 1))
  else
    grep -E 'ERROR|SUMMARY|invariant|Test unit written|timeout|out-of-memory' "$log" | head -20
    echo "FAILED: $t (exit $rc); reproducers in $artifacts/:"
    ls -t "$artifacts" | head -5 | sed 's/^/  /'
    echo "  minimise: $bin -minimize_crash=1 -runs=100000 $artifacts/<file>"
    echo "  then save as tests/fuzz/regressions/$t/<name> once the core is fixed"
    failed=$((failed + 1))
  fi
done

echo
echo "fuzz: $passed passed, $failed failed"
[ "$failed" = 0 ]

#!/usr/bin/env bash
# Runs the whole native test suite (ctest: units, seeds, golden fixtures, the command line, and the
# fuzz regression inputs when tests/fuzz is part of the build) under AddressSanitizer and
# UndefinedBehaviorSanitizer:
#   scripts/sanitize.sh            # g++ (the project's compiler); CXX=clang++ scripts/sanitize.sh for clang
# Builds in build-asan (-DXXGK_SANITIZE=ON, RelWithDebInfo, -j2). Any sanitizer report aborts the
# test that hit it (-fno-sanitize-recover=all), so it fails. Ends with "sanitize: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
build=build-asan

cxx=${CXX:-$(command -v g++ || command -v clang++ || true)}
if [ -z "$cxx" ]; then
  echo "sanitize: no C++ compiler"; echo "sanitize: 0 passed, 1 failed"; exit 1
fi
mkdir -p "$build"
echo "== build ($build, $cxx, -fsanitize=address,undefined)"
if ! { cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
         -DXXGK_SANITIZE=ON >"$build/configure.log" 2>&1 &&
       cmake --build "$build" -j2 >"$build/build.log" 2>&1; }; then
  cat "$build/configure.log" "$build/build.log" 2>/dev/null | grep -v '^\[' | tail -40
  echo "sanitize: 0 passed, 1 failed"
  exit 1
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

echo "== ctest under ASan + UBSan"
ctest --test-dir "$build" --output-on-failure --timeout 1200 2>&1 | tee "$build/ctest.log"
summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$build/ctest.log" | tail -1)
if [ -z "$summary" ]; then
  echo "sanitize: ctest gave no summary"; echo "sanitize: 0 passed, 1 failed"; exit 1
fi
total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$summary")
bad=$(sed -E 's/.*passed, ([0-9]+) tests? failed.*/\1/' <<<"$summary")
# A sanitizer report in a test that still exited 0 (e.g. a child process) counts as a failure too.
reports=$(grep -cE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$build/ctest.log" || true)
if [ "$reports" -gt 0 ] && [ "$bad" = 0 ]; then
  echo "sanitize: $reports sanitizer report(s) in passing tests:"
  grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$build/ctest.log" | head -10
  bad=1
fi
echo
echo "sanitize: $((total - bad)) passed, $bad failed"
[ "$bad" = 0 ]

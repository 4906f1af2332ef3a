#!/usr/bin/env bash
# Every C++ file follows .clang-format: lists the files that do not (fix with clang-format -i).
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r f; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || { echo "not formatted: $f"; status=1; }
done < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core cli wasm bench tests -name '*.cpp' -o -name '*.h')
[ "$status" = 0 ] && echo "format: every C++ file follows .clang-format"
exit "$status"

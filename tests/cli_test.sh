#!/usr/bin/env bash
# The command line as a user meets it: exit codes, formats, batches, standard input.
# Usage: cli_test.sh XXGK_LINT SEEDS_DIR FIXTURES_DIR
set -u
cli=$1 seeds=$2 fixtures=$3
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
status() { "$cli" "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }

check "clean report exits 0" test "$(status "$seeds/xiamen-fao-2023.txt")" = 0
check "report with errors exits 1" test "$(status "$seeds/siming-2019.txt")" = 1
check "text output names the suspect cell" grep -q "suspect-cell.*法律服务机构" "$tmp/out"
check "text output gives line:column" grep -Eq '^  [0-9]+:[0-9]+ 错误' "$tmp/out"
check "missing file exits 2" test "$(status "$tmp/nope.txt")" = 2
check "missing file is named" grep -q "nope.txt" "$tmp/out"
printf '\xB9\xE6\xD5\xC2\xD6\xC6\xB6\xC8' > "$tmp/gbk.txt"
check "GBK input exits 2" test "$(status "$tmp/gbk.txt")" = 2
check "GBK is named in the message" grep -q "GBK" "$tmp/out"
: > "$tmp/empty.txt"
check "empty input exits 2" test "$(status "$tmp/empty.txt")" = 2

check "single-file JSON has no file field" test "$(status --format json "$seeds/gulei-2023.txt")" = 0
check "single-file JSON is one line" test "$(wc -l < "$tmp/out")" = 1
check "single-file JSON is the contract" grep -q '^{"schema":1,"tool":{"name":"xxgk-lint"' "$tmp/out"
check "single-file JSON has no file" bash -c "! grep -q '\"file\"' '$tmp/out'"

status --format json "$seeds/gulei-2023.txt" "$seeds/siming-2019.txt" >/dev/null
check "several files give JSON Lines" test "$(wc -l < "$tmp/out")" = 2
check "each line names its file, in order" bash -c "head -1 '$tmp/out' | grep -q '^{\"file\":\".*gulei-2023.txt\",\"schema\":1'"

check "standard input is read with -" test "$("$cli" --format json - < "$seeds/gulei-2023.txt" | grep -c '"year":2023')" = 1
check "stdin and file give the same JSON" test "$("$cli" --format json - < "$seeds/siming-2019.txt")" = "$("$cli" --format json "$seeds/siming-2019.txt")"

# One line count: lone CR, CRLF and LF line ends put a finding on the same line (the core's count).
tr '\n' '\r' < "$seeds/siming-2019.txt" > "$tmp/cr.txt"
sed 's/$/\r/' "$seeds/siming-2019.txt" > "$tmp/crlf.txt"
"$cli" "$seeds/siming-2019.txt" | grep -o '^  [0-9]*:[0-9]* ' > "$tmp/lf.pos"
"$cli" "$tmp/cr.txt" | grep -o '^  [0-9]*:[0-9]* ' > "$tmp/cr.pos"
"$cli" "$tmp/crlf.txt" | grep -o '^  [0-9]*:[0-9]* ' > "$tmp/crlf.pos"
check "lone CR line ends count lines as LF does" cmp -s "$tmp/lf.pos" "$tmp/cr.pos"
check "CRLF line ends count lines as LF does" cmp -s "$tmp/lf.pos" "$tmp/crlf.pos"
check "a suspect cell is listed before the equations it explains" \
  bash -c "'$cli' '$seeds/siming-2019.txt' | grep -E '^  [0-9]+:[0-9]+ ' | head -1 | grep -q suspect-cell"

mkdir -p "$tmp/batch/sub"
cp "$seeds"/*.txt "$tmp/batch/"; cp "$seeds/siming-2019.txt" "$tmp/batch/sub/copy.txt"; echo x > "$tmp/batch/skip.pdf"
check "a directory batch exits with the worst status" test "$(status --jobs 2 --format csv "$tmp/batch")" = 1
check "CSV starts with a UTF-8 BOM" test "$(head -c 3 "$tmp/out" | od -An -tx1 | tr -d ' ')" = efbbbf
check "CSV has a row per report plus the header" test "$(wc -l < "$tmp/out")" = 7
check "CSV rows are in sorted path order" bash -c "sed -n 2p '$tmp/out' | grep -q baotou"
check "CSV recursion found the copy" grep -q "sub/copy.txt,厦门市思明区人民政府办公室,2019,2019,4,1," "$tmp/out"
check "non-report files are skipped" bash -c "! grep -q skip.pdf '$tmp/out'"
one=$("$cli" --jobs 1 --format json "$tmp/batch"); many=$("$cli" --jobs 4 --format json "$tmp/batch")
check "output does not depend on --jobs" test "$one" = "$many"

check "--template forces the template" test "$("$cli" --format json --template 2021 "$seeds/siming-2019.txt" | grep -c '"template":"2021"')" = 1
check "bad options exit 2" test "$(status --format xml x)" = 2
check "--rules lists the rules" bash -c "'$cli' --rules | grep -q suspect-cell"
check "--help exits 0" test "$(status --help)" = 0
for rule in published-late previous-mismatch carry-over-continuity in-force-continuity text-repeated; do
  check "--rules lists $rule" bash -c "'$cli' --rules | grep -q '\"$rule\"'"
done

pairs=$fixtures/pairs
check "--previous: warnings only exit 0" test "$(status --format json --previous "$pairs/broken-chain.previous.txt" "$pairs/broken-chain.txt")" = 0
check "--previous: the broken chain is reported" grep -q '"rule":"carry-over-continuity".*"column":"natural_person"' "$tmp/out"
check "--previous: last year's place is given" grep -q '"previous_range":{"start":' "$tmp/out"
check "--previous: the JSON is the core's" test "$(cat "$tmp/out")" = "$("$cli" --format json --previous "$pairs/broken-chain.previous.txt" - < "$pairs/broken-chain.txt")"
check "without --previous nothing across years" bash -c "! '$cli' --format json '$pairs/broken-chain.txt' | grep -q continuity"
check "an unreadable --previous exits 2" test "$(status --previous "$tmp/nope.txt" "$pairs/broken-chain.txt")" = 2
check "an unreadable --previous is named" grep -q "nope.txt" "$tmp/err"
check "text output names last year's report" bash -c "'$cli' --previous '$pairs/broken-chain.previous.txt' '$pairs/broken-chain.txt' | grep -q '对照上年报告'"

mkdir -p "$tmp/years"
cp "$pairs/broken-chain.previous.txt" "$tmp/years/2021.txt"; cp "$pairs/broken-chain.txt" "$tmp/years/2022.txt"
cp "$seeds/gulei-2023.txt" "$tmp/years/"
status --format csv "$tmp/years" >/dev/null
check "a batch pairs consecutive years: CSV names last year's file" grep -q "2022.txt,.*,$tmp/years/2021.txt," "$tmp/out"
check "a batch pairs consecutive years: CSV gives the continuity findings" bash -c "grep '2022.txt' '$tmp/out' | grep -q '自然人'"
check "a batch pairs nothing else" bash -c "grep gulei '$tmp/out' | tr -d '\\r' | grep -q ',,\$'"
status --format json "$tmp/years" >/dev/null
check "a batch pairs consecutive years: JSON names last year's file" grep -q "\"previous_file\":\"$tmp/years/2021.txt\"" "$tmp/out"
check "a paired batch gives what --previous gives" test "$(grep 2022.txt "$tmp/out" | sed 's/^{"file":"[^"]*","previous_file":"[^"]*",/{/')" = "$("$cli" --format json --previous "$tmp/years/2021.txt" "$tmp/years/2022.txt")"

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]

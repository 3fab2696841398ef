#!/usr/bin/env bash
# Measures reportlint's speed on a generated corpus: COPIES variants of every file in examples/ (default 1000,
# so 4000 files), linted with 1 thread and with every processor, plus one large single report.
# Prints the --stats summaries: files, MiB, files/s, MiB/s, parse time and time per rule.
#
#   bench/benchmark.sh [COPIES]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/reportlint" --version >/dev/null   # builds the jar when needed
jar="$(ls "$root"/linter-cli/target/reportlint-cli-*-all.jar | head -n 1)"

mkdir -p "$work/corpus"
for i in $(seq 1 "$copies"); do
  for example in "$root"/examples/*.*; do
    name="$(basename "$example")"
    # Vary the text a little so no two documents are identical.
    sed "s/market/market $i/g" "$example" > "$work/corpus/${i}-${name}"
  done
done

# One large report: the solar example's body repeated to about 5 MiB on one line, as generators write it.
body="$(tr -d '\n' < "$root/examples/solar-inverter-market.html")"
: > "$work/large.html"
while [ "$(stat -c %s "$work/large.html")" -lt 5242880 ]; do printf '%s' "$body" >> "$work/large.html"; done

run() {
  local label="$1"; shift
  echo "== $label"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "   wall %es, max RSS %M KiB" java -jar "$jar" --stats --fail-on never -f json=/dev/null "$@" > /dev/null
  else
    java -jar "$jar" --stats --fail-on never -f json=/dev/null "$@" > /dev/null
  fi
}

run "corpus, 1 thread" --threads 1 "$work/corpus"
run "corpus, $(nproc) threads" --threads "$(nproc)" "$work/corpus"
run "one 5 MiB report" "$work/large.html"

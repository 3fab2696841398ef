#!/usr/bin/env bash
# Issue 11's hostile inputs: writes each one, runs the command line on it under /usr/bin/time -v and prints one row
# per input (bytes, wall time, CPU time (user + system: what a loaded machine inflates least), peak RSS, findings).
# The findings are counted from the JSON report; exit is the CLI's exit code (1: findings; 124: over the timeout).
#
#   benchmarks/hostile/run-hostile.sh [--out DIR] [--jar JAR] [--only NAME] [--java-opts "..."]
#
# The inputs are generated, not stored: each is one repetition of a short unit, so the script is the whole spec.
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${TMPDIR:-/tmp}/reportlint-hostile"
jar="$root/linter-cli/target/reportlint-cli-1.0.0-SNAPSHOT-all.jar"
only=""
java_opts=""
timeout_s=600
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --java-opts) java_opts="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    *) echo "run-hostile.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "run-hostile.sh: no jar at $jar (mvn -o -B -q -pl linter-cli -am package -DskipTests)" >&2; exit 2; }
mkdir -p "$out"

# name, file name, and a python expression for the content (written once, reused on later runs).
inputs=(
  "tbd-lines|tbd-lines.txt|'TBD\n' * 1_000_000"
  "masked-paragraph|masked-paragraph.txt|'\$xx million ' * 500_000"
  "mojibake|mojibake.txt|'market\u00e2\u20ac\u2122s ' * 500_000"
  "textarea|textarea.html|'<p>Intro</p><textarea>' + 'TBD ' * 200_000"
  "directives|directives.html|''.join('<!-- reportlint-disable-next-line placeholder -->\n<p>Price TBD</p>\n' for i in range(50_000))"
  "nested-tables|nested-tables.html|'<table><tr><td>Acme Holdings</td></tr><tr><td>' * 3_000 + 'Inc.' + '</td></tr></table>' * 3_000"
)

printf '%-18s %10s %8s %8s %12s %10s %s\n' input bytes wall_s cpu_s peak_rss_mb findings exit
for spec in "${inputs[@]}"; do
  IFS='|' read -r name file expr <<<"$spec"
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  path="$out/$file"
  if [ ! -f "$path" ]; then
    python3 -c "import sys; open(sys.argv[1], 'w', encoding='utf-8', newline='').write($expr)" "$path"
  fi
  report="$out/$name.json"
  rm -f "$report"
  set +e
  # shellcheck disable=SC2086
  timeout "$timeout_s" /usr/bin/time -v -o "$out/$name.time" \
    java $java_opts -jar "$jar" --threads 1 -f text -f "json=$report" "$path" >/dev/null 2>"$out/$name.err"
  rc=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.2f", s}' "$out/$name.time" 2>/dev/null || true)
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$out/$name.time" 2>/dev/null || true)
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$out/$name.time" 2>/dev/null || true)
  findings=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(f.get('findings', [])) for f in d['files']) if isinstance(d, dict) and 'files' in d else len(d))" "$report" 2>/dev/null || echo "-")
  [ "$rc" = 124 ] && wall=">$timeout_s"
  printf '%-18s %10s %8s %8s %12s %10s %s\n' "$name" "$(wc -c <"$path")" "${wall:--}" "${cpu:--}" "${rss:--}" \
    "$findings" "$rc"
done

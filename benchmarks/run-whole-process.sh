#!/usr/bin/env bash
# Whole-process benchmark: generates COUNT reports (default 10,000) into a temporary directory, then measures on
# those same files, one process after another, with /usr/bin/time -v:
#   - bare-parse: read, decode and jsoup-parse each file with position tracking, a new parser per file (the floor);
#   - reportlint --stats with every rule on (preset "all"), through the ./reportlint launcher as users run it (its
#     class-data sharing archive and its choice of collector);
#   - HTMLHint (npx htmlhint) with --htmlhint, and tidy when it is installed, for scale.
# Prints each tool's wall time and peak RSS, and the ratio reportlint / bare-parse.
#
#   benchmarks/run-whole-process.sh [--count N] [--seed S] [--threads T] [--htmlhint] [--jfr FILE] [--keep]
#
# --jfr records reportlint's run with Java Flight Recorder (settings=profile, a few percent slower), e.g. for
#   jfr print --events jdk.ExecutionSample FILE
#
# Builds the CLI and benchmark jars (offline Maven) when either is missing; rebuild them yourself after changes:
#   mvn -o -B -q -pl linter-cli,benchmarks -am package -DskipTests
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count=10000
seed=42
threads=2
htmlhint=no
keep=no
jfr=""
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --htmlhint) htmlhint=yes; shift ;;
    --keep) keep=yes; shift ;;
    --jfr) jfr="-XX:StartFlightRecording=filename=$2,settings=profile"; shift 2 ;;
    *) echo "run-whole-process: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ ! -x /usr/bin/time ]; then
  echo "run-whole-process: /usr/bin/time is needed (Debian package 'time')" >&2
  exit 2
fi

cli_jar() { ls "$root"/linter-cli/target/reportlint-cli-*-all.jar 2>/dev/null | head -n 1; }
bench_jar="$root/benchmarks/target/benchmarks.jar"
if [ -z "$(cli_jar)" ] || [ ! -f "$bench_jar" ]; then
  echo "run-whole-process: building the CLI and benchmark jars..." >&2
  (cd "$root" && mvn -o -B -q -pl linter-cli,benchmarks -am package -DskipTests) >&2
fi

work="$(mktemp -d)"
if [ "$keep" = no ]; then trap 'rm -rf "$work"' EXIT; else echo "keeping $work" >&2; fi
reports="$work/reports"
java -cp "$bench_jar" org.reportlint.benchmarks.generate.ReportGenerator --count "$count" --out "$reports" \
  --seed "$seed" >&2
printf '{ "root": true, "extends": "all" }\n' > "$work/all-rules.json"
echo "files: $count ($(du -sh --apparent-size "$reports" | cut -f1)), seed $seed, $threads threads," \
  "$(nproc) cores, $(java -version 2>&1 | head -n 1)"

# measure LABEL COMMAND...: runs the command under /usr/bin/time -v and prints its wall time and peak RSS; the
# command's own output goes to $work/LABEL.out and .err (reportlint's --stats summary is in its .err).
declare -A wall rss
measure() {
  local label="$1"; shift
  /usr/bin/time -v -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err" || true
  local elapsed
  elapsed="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$label.time")"
  wall[$label]="$(echo "$elapsed" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
  rss[$label]="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$label.time")"
  printf '%-12s wall %8.2f s   peak RSS %7.1f MiB   exit %s\n' "$label" "${wall[$label]}" \
    "$(echo "${rss[$label]}" | awk '{ print $1 / 1024 }')" \
    "$(sed -n 's/.*Exit status: //p' "$work/$label.time")"
}

measure bare-parse java -cp "$bench_jar" org.reportlint.benchmarks.BareParse "$reports" "$threads"
measure reportlint env REPORTLINT_JAVA_OPTS="$jfr" "$root/reportlint" --config "$work/all-rules.json" --stats --threads "$threads" \
  --fail-on never -f json="$work/findings.json" "$reports"
if [ "$htmlhint" = yes ]; then
  # The HTML files only: HTMLHint reads no Markdown or text.
  measure htmlhint npx --yes htmlhint "$reports/**/*.html"
fi
if command -v tidy >/dev/null 2>&1; then
  measure tidy sh -c 'for f in "$1"/*.html; do tidy -q -e "$f" 2>/dev/null; done; true' tidy "$reports"
fi

echo
sed -n '1,40p' "$work/bare-parse.out"
echo "reportlint --stats:"
sed 's/^/  /' "$work/reportlint.err"
awk -v cli="${wall[reportlint]}" -v bare="${wall[bare-parse]}" -v rcli="${rss[reportlint]}" \
  -v rbare="${rss[bare-parse]}" 'BEGIN {
    printf "ratio reportlint / bare-parse: wall %.2fx, peak RSS %.2fx\n", cli / bare, rcli / rbare }'

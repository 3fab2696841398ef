#!/usr/bin/env bash
# Start-up time of one small file, whole process: N runs (default 31) each of
#   ./reportlint FILE                    (the launcher: class-data sharing archive, C1 only, serial GC)
#   REPORTLINT_CDS=off ./reportlint FILE (the launcher without the archive)
#   java -jar JAR FILE                   (plain, the JVM's defaults)
#   java -XX:SharedArchiveFile=... -jar  (plain with the archive)
# and prints the median and p90 of each one's wall time and CPU time (user + system), in milliseconds, with the load
# average before and after.
#
#   benchmarks/run-startup.sh [--runs N] [FILE]
#
# FILE defaults to a 2 KB report written by this script. The jar (and its archive) must be built first:
#   mvn -o -B -q -pl linter-cli -am package -DskipTests
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=31
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) file="$1"; shift ;;
  esac
done
jar=$(ls "$root"/linter-cli/target/reportlint-cli-*-all.jar 2>/dev/null | head -1)
[ -n "$jar" ] || { echo "run-startup.sh: build the jar first" >&2; exit 2; }
archive="${jar%.jar}.jsa"
if [ -z "$file" ]; then
  file="${TMPDIR:-/tmp}/reportlint-startup-sample.html"
  python3 - "$file" <<'PY'
import sys
body = "".join(f"<p>The Widget market grew by {4 + i % 5}.{i % 10}% in 202{i % 4}, led by Acme Corp. and Beta Ltd.</p>\n" for i in range(20))
open(sys.argv[1], "w").write(f"<h1>Widget Market Report</h1>\n{body}<h2>Outlook</h2>\n<p>Demand stays firm.</p>\n")
PY
fi

# One timed run: "wall_ms cpu_ms" (cpu = user + system, which a loaded machine inflates far less than the wall
# time). The exit code (0, or 1 for findings) is not a failure here.
timings="$(mktemp)"
trap 'rm -f "$timings"' EXIT
time_ms() {
  /usr/bin/time -f '%e %U %S' -o "$timings" "$@" >/dev/null 2>&1 || true
  # the last line: time writes "Command exited with non-zero status 1" above it when there were findings
  tail -n 1 "$timings" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'
}

# median and p90 (nearest rank) of column $1 of the lines on standard input
stats() {
  awk -v c="$1" '{print $c}' | sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; p=a[int(NR*0.9+0.999)]; printf "%6d %6d", m, p}'
}

measure() {
  local label="$1"; shift
  "$@" >/dev/null 2>&1 || true # warm the page cache and the launcher's staleness check
  local i results=()
  for ((i = 0; i < runs; i++)); do results+=("$(time_ms "$@")"); done
  printf '%-40s %s   %s\n' "$label" "$(printf '%s\n' "${results[@]}" | stats 1)" \
    "$(printf '%s\n' "${results[@]}" | stats 2)"
}

echo "file: $file ($(wc -c <"$file") bytes), $runs runs each; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %13s   %13s\n' "" "wall ms" "cpu ms"
printf '%-40s %6s %6s   %6s %6s\n' "" median p90 median p90
measure "./reportlint (CDS archive)" "$root/reportlint" "$file"
measure "./reportlint, REPORTLINT_CDS=off" env REPORTLINT_CDS=off "$root/reportlint" "$file"
measure "java -jar" java -jar "$jar" "$file"
if [ -f "$archive" ]; then
  measure "java -XX:SharedArchiveFile -jar" java -XX:SharedArchiveFile="$archive" -Xshare:auto -jar "$jar" "$file"
fi
measure "java -Xshare:auto -version (JVM alone)" java -Xshare:auto -version
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

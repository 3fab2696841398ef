#!/usr/bin/env bash
# Throughput of the Spark job in local mode against the CLI, on the same generated reports, threads and machine.
#   linter-spark/benchmark.sh [--count N] [--cores C] [--seed S]
# Builds the CLI jar, the benchmarks jar and the Spark job jar (offline), generates N reports with the benchmarks'
# ReportGenerator, then times `reportlint check --threads C -f json` (through the ./reportlint launcher, as users
# run it) and the job in local[C] (findings as Parquet), each a whole process from start to exit, and checks that
# both found the same number of findings. The job's JVM gets the collector the launcher picks on this machine (the
# serial one on four cores or fewer), so the two differ in what Spark adds, not in their garbage collector.
set -euo pipefail
cd "$(dirname "$0")/.."
count=2000
cores=2
seed=42
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --cores) cores="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "usage: $0 [--count N] [--cores C] [--seed S]" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One reactor build: the jars, and Spark with its dependencies (provided scope) as spark-submit would put them on the
# class path; every module writes the classpath file in reactor order, linter-spark last.
mvn -o -B -q -pl linter-cli,benchmarks,linter-spark -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=provided
job_jar="$(ls linter-spark/target/reportlint-spark-*-job.jar | head -1)"
java -cp benchmarks/target/benchmarks.jar org.reportlint.benchmarks.generate.ReportGenerator \
  --count "$count" --out "$work/reports" --seed "$seed"
bytes="$(du -sb "$work/reports" | cut -f1)"
# The flags Spark's launcher adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions).
spark_opts="$(sed -n '/<spark.java.options>/,/<\/spark.java.options>/p' linter-spark/pom.xml \
  | sed -e 's/<[^>]*>//g' | tr -s ' \n' ' ')"

seconds() { date +%s.%N; }
collector=()
if [ "$(nproc)" -le 4 ]; then collector=(-XX:+UseSerialGC); fi

./reportlint --version >/dev/null # builds now if sources are newer than the jar, not inside the timing
start="$(seconds)"
set +e
./reportlint check --no-color --threads "$cores" -f json="$work/cli.json" "$work/reports" >/dev/null
set -e
cli="$(echo "$(seconds) - $start" | bc)"

start="$(seconds)"
set +e
# shellcheck disable=SC2086
java $spark_opts ${collector[@]+"${collector[@]}"} -Dspark.master="local[$cores]" -Dspark.ui.enabled=false \
  -cp "$job_jar:$(cat "$work/classpath")" org.reportlint.spark.LintJob \
  --output "$work/spark" "$work/reports" > "$work/spark.out" 2> "$work/spark.err"
code=$?
set -e
spark="$(echo "$(seconds) - $start" | bc)"
if [ "$code" -ge 2 ]; then
  cat "$work/spark.err" >&2
  exit 1
fi

cli_findings="$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); s=r['summary']; print(s['errors']+s['warnings']+s['infos'])" "$work/cli.json")"
spark_findings="$(grep -o '^[0-9]* files: [0-9]* errors, [0-9]* warnings, [0-9]* infos' "$work/spark.out" \
  | awk '{print $3 + $5 + $7}')"
echo "reports: $count ($((bytes / 1024 / 1024)) MiB), cores: $cores"
printf 'CLI   (--threads %s): %6.1f s  %6.1f reports/s  %5.1f reports/s per core  findings %s\n' \
  "$cores" "$cli" "$(echo "$count / $cli" | bc -l)" "$(echo "$count / $cli / $cores" | bc -l)" "$cli_findings"
printf 'Spark (local[%s]):    %6.1f s  %6.1f reports/s  %5.1f reports/s per core  findings %s\n' \
  "$cores" "$spark" "$(echo "$count / $spark" | bc -l)" "$(echo "$count / $spark / $cores" | bc -l)" "$spark_findings"
if [ "$cli_findings" != "$spark_findings" ]; then
  echo "the job and the CLI found different numbers of findings" >&2
  exit 1
fi

#!/usr/bin/env bash
# Tests the reportlint launcher script end to end against the jar and class-data sharing archive that the package
# phase just built: run by Maven in the integration-test phase (see linter-cli/pom.xml), or by hand:
#   linter-cli/src/test/launcher/launcher-test.sh ROOT
# Each case runs the launcher from a scratch root of its own: a copy of the script, the real jar linked in (the
# archive names the jar's path, and a link keeps it valid) and a copy of the archive that the case may damage.
set -euo pipefail
root="$(cd "${1:?usage: launcher-test.sh REPOSITORY_ROOT}" && pwd -P)"
target="$root/linter-cli/target"
jar="$(ls "$target"/reportlint-cli-*-all.jar | head -n 1)"
archive="${jar%.jar}.jsa"
name="$(basename "$jar")"
clean="$root/examples/clean-report.html"
findings="$root/examples/solar-inverter-market.html"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "launcher test FAILED: $*" >&2
  failures=$((failures + 1))
}

[ -f "$archive" ] && [ -f "$archive.size" ] || { echo "launcher test FAILED: no archive beside $jar" >&2; exit 1; }

# A scratch root with the launcher, the jar and an intact archive; prints its path.
scratch() {
  local dir="$work/$1"
  mkdir -p "$dir/linter-cli/target"
  cp "$root/reportlint" "$dir/reportlint"
  ln -s "$jar" "$dir/linter-cli/target/$name"
  cp "$archive" "$archive.size" "$dir/linter-cli/target/"
  chmod u+w "$dir/linter-cli/target/"*.jsa
  echo "$dir"
}

# Runs a launcher from the scratch folder, so nothing depends on the current directory (and a crash log of the JVM
# lands there); sets out, err and code.
run() {
  local launcher="$1"; shift
  set +e
  out="$(cd "$work" && "$launcher" --no-color "$@" 2>"$work/stderr")"
  code=$?
  set -e
  err="$(cat "$work/stderr")"
}

# reportlint's own classes the last run took from the archive, counted in its class-loading log (the JDK's default
# archive, used without ours, holds only the JDK's classes).
archived_classes() {
  grep -c 'org\.reportlint\.[^ ]* source: shared objects file' <<<"$out" || true
}

expected_clean="$(java -jar "$jar" --no-color "$clean")"
expected_findings="$(java -jar "$jar" --no-color "$findings" || true)"

# The intact archive is used, and the report and exit code are those of the plain jar.
dir="$(scratch intact)"
run "$dir/reportlint" "$clean"
[ "$code" -eq 0 ] && [ "$out" = "$expected_clean" ] && [ -z "$err" ] || fail "clean report: exit $code, out '$out', err '$err'"
run "$dir/reportlint" "$findings"
[ "$code" -eq 1 ] && [ "$out" = "$expected_findings" ] || fail "findings: exit $code (want 1) or a different report"
REPORTLINT_JAVA_OPTS=-Xlog:class+load run "$dir/reportlint" "$clean"
[ "$(archived_classes)" -gt 300 ] || fail "the intact archive was not used ($(archived_classes) classes from it)"
REPORTLINT_JAVA_OPTS=-Xlog:class+load REPORTLINT_CLASSPATH="$work/no-such.jar" run "$dir/reportlint" "$clean"
[ "$(archived_classes)" -gt 300 ] || fail "REPORTLINT_CLASSPATH turned the archive off"
REPORTLINT_CDS=off REPORTLINT_JAVA_OPTS=-Xlog:class+load run "$dir/reportlint" "$clean"
[ "$(archived_classes)" -eq 0 ] && [ "$code" -eq 0 ] || fail "REPORTLINT_CDS=off still used the archive"

# The collector: the one-thread collector for a small run, and for a folder too on a machine of four cores or fewer;
# the JVM's choice on a larger one; a collector the user names wins, without a clash of two collectors.
collector() {
  sed -n 's/.*\[gc\] Using //p' <<<"$out" | head -n 1
}
folder="$work/folder"
mkdir -p "$folder"
cp "$clean" "$folder/"
REPORTLINT_JAVA_OPTS=-Xlog:gc run "$dir/reportlint" "$clean"
[ "$(collector)" = Serial ] || fail "a small run used the $(collector) collector"
if [ "$(nproc)" -le 4 ]; then want=Serial; else want=G1; fi
REPORTLINT_JAVA_OPTS=-Xlog:gc run "$dir/reportlint" "$folder"
[ "$(collector)" = "$want" ] && [ "$code" -eq 0 ] || fail "a folder on $(nproc) cores used $(collector), not $want"
REPORTLINT_JAVA_OPTS='-XX:+UseParallelGC -Xlog:gc' run "$dir/reportlint" "$folder"
[ "$(collector)" = Parallel ] && [ "$code" -eq 0 ] || fail "the user's collector lost: $(collector), exit $code, err '$err'"

# A damaged archive is never used and never changes the output: Java 17 would crash on a truncated one.
check_damaged() {
  local label="$1" dir="$2"
  run "$dir/reportlint" "$findings"
  [ "$code" -eq 1 ] && [ "$out" = "$expected_findings" ] && [ -z "$err" ] \
    || fail "$label archive: exit $code, err '$err'"
  REPORTLINT_JAVA_OPTS=-Xlog:class+load run "$dir/reportlint" "$clean"
  [ "$(archived_classes)" -eq 0 ] || fail "$label archive was used"
}
dir="$(scratch truncated)"
truncate -s 100000 "$dir/linter-cli/target/$(basename "$archive")"
check_damaged truncated "$dir"

dir="$(scratch garbage)"
head -c "$(cat "$archive.size")" /dev/urandom > "$dir/linter-cli/target/$(basename "$archive")"
check_damaged "random bytes in an" "$dir"

dir="$(scratch flipped)"
copy="$dir/linter-cli/target/$(basename "$archive")"
# Bytes overwritten in the middle, header intact and size unchanged: only the checksum can tell.
head -c 4096 /dev/urandom | dd of="$copy" bs=1 seek=$(( $(cat "$archive.size") / 2 )) conv=notrunc status=none
check_damaged "overwritten" "$dir"

# An archive made by another JVM (another Java release, say) is ignored: the JVM checks the archive's header.
other=""
for candidate in /usr/lib/jvm/*/bin/java; do
  if [ -x "$candidate" ] && [ "$(readlink -f "$candidate")" != "$(readlink -f "$(command -v java)")" ] \
      && "$candidate" -XX:+IgnoreUnrecognizedVMOptions -version >/dev/null 2>&1; then
    other="$candidate"
    break
  fi
done
if [ -n "$other" ]; then
  mkdir -p "$work/other-java"
  ln -s "$other" "$work/other-java/java"
  dir="$(scratch other-jvm)"
  PATH="$work/other-java:$PATH" run "$dir/reportlint" "$findings"
  [ "$code" -eq 1 ] && [ "$out" = "$expected_findings" ] && [ -z "$err" ] \
    || fail "another JVM ($other): exit $code, err '$err'"
else
  echo "launcher test: no second JVM installed, the other-JVM case is skipped" >&2
fi

# Freshness: nothing built while the sources are older than the jar; a build as soon as one is newer. A fake mvn
# stands in for Maven and fails, so the second run reports a failed build instead of building.
mkdir -p "$work/fake-maven"
printf '#!/bin/sh\necho "fake mvn ran" >&2\nexit 1\n' > "$work/fake-maven/mvn"
chmod +x "$work/fake-maven/mvn"
dir="$(scratch freshness)"
mkdir -p "$dir/rules/src/main/java"
touch -d '2000-01-01' "$dir/rules/src/main/java/Old.java"
PATH="$work/fake-maven:$PATH" run "$dir/reportlint" "$clean"
[ "$code" -eq 0 ] && ! grep -q 'fake mvn' <<<"$err" || fail "built although no source is newer than the jar: $err"
touch "$dir/rules/src/main/java/New.java"
PATH="$work/fake-maven:$PATH" run "$dir/reportlint" "$clean"
[ "$code" -eq 2 ] && grep -q 'fake mvn ran' <<<"$err" || fail "did not build after a source changed (exit $code)"

if [ "$failures" -gt 0 ]; then
  echo "launcher test: $failures case(s) failed" >&2
  exit 1
fi
echo "launcher test: all cases passed"

#!/usr/bin/env bash
# Generation and build figures, as whole processes (the warm, in-process figures are JMH's
# GenerationBenchmark, in run-jmh.sh):
#   - tlc check and tlc generate of schema/*.tl: java -jar tl-cli/target/tlc.jar ...
#     (generate both into an empty directory, and again over its own output: up to date, nothing written);
#   - the Maven plugin's no-op run: mvn -q -pl generated-api generate-sources, once untimed, then
#     timed, with nothing changed;
#   - generated-api: clean build time (mvn -q -pl generated-api clean package -DskipTests), jar
#     size, number of classes and of generated source files.
#
#   benchmarks/generation.sh [--runs N] [--no-build]
#
# Run from any directory, after `mvn -B install -DskipTests` at the root. Each process is run
# --runs times (default 5; the Maven runs 3 times, the clean build once) and the median and the
# fastest run are printed. --no-build skips the clean build of generated-api, which deletes and
# rebuilds generated-api/target (about a minute or two).
set -euo pipefail

runs=5
build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    *) echo "usage: benchmarks/generation.sh [--runs N] [--no-build]" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tlc=tl-cli/target/tlc.jar
[ -f "$tlc" ] || { echo "generation.sh: no $tlc: run mvn -B install -DskipTests first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# time_runs LABEL N CMD...: runs CMD N times (its output to $tmp/last.log), prints median and min.
time_runs() {
  local label=$1 n=$2; shift 2
  local times=() i start end
  for ((i = 0; i < n; i++)); do
    start=$(date +%s%N)
    "$@" >"$tmp/last.log" 2>&1 || { cat "$tmp/last.log" >&2; echo "generation.sh: failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$n" '
    { t[NR] = $1 }
    END {
      median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%-52s median %7.2f s   fastest %7.2f s   (%d runs)\n", label, median / 1000, t[1] / 1000, n
    }'
}

fresh_generate() {
  rm -rf "$tmp/gen"
  java -jar "$tlc" generate --package dev.tlkit.telegram --out "$tmp/gen" schema/api.tl schema/mtproto.tl
}

echo "Machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p');" \
  "$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
echo
time_runs "tlc check schema/api.tl schema/mtproto.tl" "$runs" \
  java -jar "$tlc" check schema/api.tl schema/mtproto.tl
time_runs "tlc generate (into an empty directory)" "$runs" fresh_generate
echo "    $(grep '^wrote' "$tmp/last.log")"
time_runs "tlc generate (again: up to date)" "$runs" \
  java -jar "$tlc" generate --package dev.tlkit.telegram --out "$tmp/gen" schema/api.tl schema/mtproto.tl
echo "    $(grep '^up to date' "$tmp/last.log")"

mvn -q -B -pl generated-api generate-sources >"$tmp/last.log" 2>&1 \
  || { cat "$tmp/last.log" >&2; exit 1; }
time_runs "mvn -q -pl generated-api generate-sources (no-op)" 3 \
  mvn -q -B -pl generated-api generate-sources

if [ "$build" = yes ]; then
  time_runs "mvn -q -pl generated-api clean package -DskipTests" 1 \
    mvn -q -B -pl generated-api clean package -DskipTests
fi
jar=$(ls generated-api/target/generated-api-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
if [ -n "$jar" ]; then
  classes=$(jar tf "$jar" | grep -c '\.class$')
  sources=$(find generated-api/target/generated-sources/tl -name '*.java' | wc -l)
  lines=$(find generated-api/target/generated-sources/tl -name '*.java' -print0 | xargs -0 cat | wc -l)
  size=$(stat -c %s "$jar")
  printf '%-52s %d bytes (%s MiB), %d classes\n' "generated-api jar: $jar" "$size" \
    "$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1048576 }')" "$classes"
  printf '%-52s %d files, %d lines\n' "generated sources" "$sources" "$lines"
fi

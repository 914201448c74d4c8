#!/usr/bin/env bash
# tlkit and GramJS side by side: encode and decode of the same golden corpus, in one run.
#
#   benchmarks/compare.sh [--warmup SECONDS] [--rounds N]
#
# Needs what the README's set-up needs (JDK 17, Maven, after `mvn -B install -DskipTests` at the
# root), plus node and npm. Builds benchmarks/target/benchmarks.jar if it is missing, installs
# GramJS (npm `telegram`, pinned below) into benchmarks/target/gramjs if it is not there, then:
#   1. GramJS builds every vector's value with `new Api.X({...})`, checks that getBytes() gives the
#      vector's bytes and that its reader decodes them back; what it cannot handle is excluded from
#      BOTH sides, so both run the same corpus;
#   2. GramJS encodes and decodes that corpus, timed (benchmarks/gramjs/bench.js);
#   3. tlkit does the same (dev.tlkit.bench.CorpusThroughput);
#   4. one table: MB/s (10^6 bytes per second), objects/s, and tlkit / GramJS.
# Each side warms up for --warmup seconds (default 120), then times --rounds rounds (default 10) of
# about 1 s per operation and reports the median round. The whole run takes about 6 minutes.
#
# JAVA_OPTS is passed to tlkit's JVM (default: -XX:CompileThresholdScaling=0.1, see below).
set -euo pipefail

GRAMJS_VERSION=2.26.22
warmup=120
rounds=10
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "usage: benchmarks/compare.sh [--warmup SECONDS] [--rounds N]" >&2; exit 2 ;;
  esac
done

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
jar=$bench/target/benchmarks.jar
vectors=$root/generated-api/src/test/resources/golden/vectors.jsonl
gramjs=$bench/target/gramjs
out=$bench/target/compare
# The corpus has one object of each of 2,134 definitions, so in one pass each generated method runs
# about once: with HotSpot's default thresholds it takes minutes of passes before most of them
# reach C2. Scaling the thresholds down gets tlkit to its steady state within the warm-up; it
# changes when code is compiled, not what the compiled code does (README, Performance).
java_opts=${JAVA_OPTS--XX:CompileThresholdScaling=0.1}

for tool in java node npm; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is not on the PATH" >&2; exit 1; }
done
if [ ! -f "$jar" ]; then
  echo "compare.sh: building $jar" >&2
  mvn -q -B -f "$bench/pom.xml" package -DskipTests
fi
installed=$(node -p "require('$gramjs/node_modules/telegram/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$GRAMJS_VERSION" ]; then
  echo "compare.sh: installing telegram@$GRAMJS_VERSION into $gramjs" >&2
  mkdir -p "$gramjs"
  # --ignore-scripts: GramJS's optional native helpers (bufferutil, utf-8-validate) are for its
  # websocket transport, which the benchmark does not use.
  npm install --prefix "$gramjs" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
    "telegram@$GRAMJS_VERSION" >&2
fi
mkdir -p "$out"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
node "$bench/gramjs/bench.js" "$gramjs" "$vectors" "$out/handled-lines.txt" \
  --warmup "$warmup" --rounds "$rounds" 2>"$out/gramjs-excluded.txt" | tee "$out/gramjs.txt"
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
java $java_opts -cp "$jar" dev.tlkit.bench.CorpusThroughput --vectors "$vectors" \
  --only "$out/handled-lines.txt" --warmup "$warmup" --rounds "$rounds" | tee "$out/tlkit.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# key=value pairs of a RESULT line
field() { grep '^RESULT' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }
g=$out/gramjs.txt
t=$out/tlkit.txt
excluded=$(field "$g" excluded)
gramjs_deps=$(cd "$gramjs" && node -p "['big-integer','buffer'].map(p => p + ' ' + require('./node_modules/' + p + '/package.json').version).join(', ')")
java_version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')

echo
echo "Corpus: $(field "$t" objects) objects, $(field "$t" bytes) bytes per pass (golden vectors," \
  "$excluded excluded because GramJS cannot handle them; see $out/gramjs-excluded.txt)"
echo "Machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1);" \
  "load average $load_before before, $load_after after"
echo "GramJS $GRAMJS_VERSION ($gramjs_deps) on node $(node --version); tlkit on Java $java_version" \
  "with ${java_opts:-no options}"
echo
printf '%-18s %16s %16s %16s\n' "" "GramJS" "tlkit" "tlkit / GramJS"
for op in encode decode; do
  printf '%-18s %16.1f %16.1f %16s\n' "$op MB/s" "$(field "$g" ${op}_mbps)" \
    "$(field "$t" ${op}_mbps)" "$(ratio "$(field "$t" ${op}_mbps)" "$(field "$g" ${op}_mbps)")"
  printf '%-18s %16.0f %16.0f %16s\n' "$op objects/s" "$(field "$g" ${op}_objps)" \
    "$(field "$t" ${op}_objps)" "$(ratio "$(field "$t" ${op}_objps)" "$(field "$g" ${op}_objps)")"
done
echo
echo "tlkit allocation per pass: encode $(field "$t" encode_alloc_per_pass) bytes" \
  "(the output arrays alone take $(field "$t" output_arrays_per_pass)), decode" \
  "$(field "$t" decode_alloc_per_pass) bytes"

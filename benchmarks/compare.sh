#!/usr/bin/env bash
# tlkit, mtcute and GramJS side by side: decode and encode of the same bytes, in one run.
#
#   benchmarks/compare.sh [--warmup SECONDS] [--corpus-warmup SECONDS] [--rounds N]
#                         [--only WORKLOAD[,WORKLOAD...]]
#
# Needs what the README's set-up needs (JDK 17, Maven, after `mvn -B install -DskipTests` at the
# root), plus node and npm. Builds benchmarks/target/benchmarks.jar if it is missing, writes the
# workloads with dev.tlkit.bench.workload.Workloads into benchmarks/target/workloads if they are
# missing, installs mtcute (benchmarks/mtcute/package.json, pinned) into benchmarks/target/mtcute
# and GramJS (npm `telegram`, pinned below) into benchmarks/target/gramjs if they are not there.
#
# The workloads are at layer 223, mtcute's, and tlkit reads them with the API that the benchmarks
# module generates at that layer (dev.tlkit.bench.l223):
#   history  10 answers to messages.getHistory (100 messages, 40 users, 5 channels each)
#   updates  1,000 update batches of 1 to 3 updateNewMessage with their users and channel
#   file     4 upload.file parts of 512 KiB (tlkit also in its sharing mode, row file,share, as
#            mtcute's bytes are always views of its input)
#   corpus   one object of every constructor of the schema
# For each one, mtcute first decodes every message and encodes it back; a message it cannot
# round-trip is left out of both sides (benchmarks/mtcute/bench.js), then each side times it in a
# process of its own (dev.tlkit.bench.Throughput for tlkit).
# GramJS stays on its own layer, 198, which cannot read layer-223 bytes: its cells for these four
# are n/a, and a fifth row compares it with tlkit on its own corpus, the golden vectors of layer 198
# (benchmarks/gramjs/bench.js and dev.tlkit.bench.CorpusThroughput, as before mtcute was added).
#
# Each side warms up for --warmup seconds (default 20) per workload, --corpus-warmup (default 120)
# for the two corpora, where each pass runs some 1,500 to 2,300 generated classes once each and the
# JIT needs far longer to compile them; then it times --rounds rounds (default 10) of about 1 s per
# direction and reports the median round. About 16 minutes in all (the workloads are:
# history,updates,file,corpus,gramjs for --only).
# JAVA_OPTS is passed to tlkit's JVMs (default: -XX:CompileThresholdScaling=0.1, see below).
set -euo pipefail

GRAMJS_VERSION=2.26.22
warmup=20
corpus_warmup=120
rounds=10
only=history,updates,file,corpus,gramjs
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup=$2; shift 2 ;;
    --corpus-warmup) corpus_warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: benchmarks/compare.sh [--warmup SECONDS] [--corpus-warmup SECONDS] [--rounds N]" \
         "[--only WORKLOAD,...]" >&2
       exit 2 ;;
  esac
done

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
jar=$bench/target/benchmarks.jar
workloads=$bench/target/workloads
vectors198=$root/generated-api/src/test/resources/golden/layer198/vectors.jsonl
mtcute=$bench/target/mtcute
gramjs=$bench/target/gramjs
out=$bench/target/compare
# The corpus has one object of each of some 1,500 definitions, so in one pass each generated method
# runs about once: with HotSpot's default thresholds it takes minutes of passes before most of them
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
if [ ! -f "$workloads/corpus.bin" ]; then
  java -cp "$jar" dev.tlkit.bench.workload.Workloads "$workloads" >&2
fi
if ! cmp -s "$bench/mtcute/package.json" "$mtcute/package.json"; then
  echo "compare.sh: installing mtcute (benchmarks/mtcute/package.json) into $mtcute" >&2
  mkdir -p "$mtcute"
  cp "$bench/mtcute/package.json" "$mtcute/package.json"
  npm install --prefix "$mtcute" --no-audit --no-fund --ignore-scripts --loglevel=error >&2
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

# key=value pairs of a RESULT line, or n/a when the file is missing
field() { [ -f "$1" ] && grep '^RESULT' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p" || echo n/a; }
ratio() {
  case "$1$2" in *n/a*) echo n/a ;; *) awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }' ;; esac
}
num() { case "$1" in n/a) echo n/a ;; *) awk -v a="$1" -v d="$2" 'BEGIN { printf "%.*f", d, a }' ;; esac; }
wanted() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for w in history updates file corpus; do
  wanted "$w" || continue
  w_warmup=$warmup
  [ "$w" = corpus ] && w_warmup=$corpus_warmup
  rm -f "$out/$w-mtcute.txt" "$out/$w-tlkit.txt" "$out/$w-tlkit-share.txt"
  node "$bench/mtcute/bench.js" "$mtcute" "$workloads/$w.bin" "$out/$w-handled.txt" \
    --warmup "$w_warmup" --rounds "$rounds" 2>"$out/$w-mtcute-excluded.txt" | tee "$out/$w-mtcute.txt"
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
  java $java_opts -cp "$jar" dev.tlkit.bench.Throughput "$workloads/$w.bin" \
    --only "$out/$w-handled.txt" --warmup "$w_warmup" --rounds "$rounds" | tee "$out/$w-tlkit.txt"
  if [ "$w" = file ]; then
    # mtcute's bytes are always views of its input: tlkit's sharing mode is the like-for-like
    # comparison, shown as a row of its own.
    # shellcheck disable=SC2086
    java $java_opts -cp "$jar" dev.tlkit.bench.Throughput "$workloads/$w.bin" --share \
      --only "$out/$w-handled.txt" --warmup "$warmup" --rounds "$rounds" | tee "$out/$w-tlkit-share.txt"
  fi
done
if wanted gramjs; then
  rm -f "$out/gramjs.txt" "$out/gramjs-tlkit.txt"
  node "$bench/gramjs/bench.js" "$gramjs" "$vectors198" "$out/gramjs-handled.txt" \
    --warmup "$corpus_warmup" --rounds "$rounds" 2>"$out/gramjs-excluded.txt" | tee "$out/gramjs.txt"
  # shellcheck disable=SC2086
  java $java_opts -cp "$jar" dev.tlkit.bench.CorpusThroughput --vectors "$vectors198" --layer198 \
    --only "$out/gramjs-handled.txt" --warmup "$corpus_warmup" --rounds "$rounds" | tee "$out/gramjs-tlkit.txt"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mtcute_versions=$(sed -n 's/^mtcute: \(.*\) on node.*/\1/p' "$out"/*-mtcute.txt 2>/dev/null | head -1)
java_version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
echo
echo "Machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1);" \
  "load average $load_before before, $load_after after"
echo "tlkit on Java $java_version with ${java_opts:-no options}; mtcute ${mtcute_versions:-n/a};" \
  "GramJS $GRAMJS_VERSION; node $(node --version)"
echo "Command: benchmarks/compare.sh --warmup $warmup --corpus-warmup $corpus_warmup --rounds $rounds; MB/s = 10^6 bytes/s," \
  "objects/s = top-level messages/s; median of the rounds"
echo
printf '%-9s %-6s %9s %9s %9s %13s %13s %13s %8s %8s\n' workload dir "tlkit" "mtcute" "GramJS" \
  "tlkit obj/s" "mtcute obj/s" "GramJS obj/s" "/mtcute" "/GramJS"
printf '%-9s %-6s %9s %9s %9s %13s %13s %13s %8s %8s\n' "" "" MB/s MB/s MB/s "" "" "" "" ""
for w in history updates file file-share corpus gramjs; do
  wanted "${w%-share}" || continue
  if [ "$w" = gramjs ]; then
    t=$out/gramjs-tlkit.txt m=/nonexistent g=$out/gramjs.txt label=corpus198
  elif [ "$w" = file-share ]; then
    t=$out/file-tlkit-share.txt m=$out/file-mtcute.txt g=/nonexistent label=file,share
  else
    t=$out/$w-tlkit.txt m=$out/$w-mtcute.txt g=/nonexistent label=$w
  fi
  for op in decode encode; do
    [ "$w" = file-share ] && [ $op = encode ] && continue # sharing changes decoding only
    tm=$(field "$t" ${op}_mbps) mm=$(field "$m" ${op}_mbps) gm=$(field "$g" ${op}_mbps)
    to=$(field "$t" ${op}_objps) mo=$(field "$m" ${op}_objps) go=$(field "$g" ${op}_objps)
    printf '%-9s %-6s %9s %9s %9s %13s %13s %13s %8s %8s\n' "$label" "$op" "$(num "$tm" 1)" \
      "$(num "$mm" 1)" "$(num "$gm" 1)" "$(num "$to" 0)" "$(num "$mo" 0)" "$(num "$go" 0)" \
      "$(ratio "$tm" "$mm")" "$(ratio "$tm" "$gm")"
  done
done
echo
for w in history updates file corpus; do
  wanted "$w" || continue
  echo "$w: $(field "$out/$w-tlkit.txt" objects) messages, $(field "$out/$w-tlkit.txt" bytes)" \
    "bytes per pass ($(field "$out/$w-mtcute.txt" excluded) left out, see $out/$w-mtcute-excluded.txt);" \
    "tlkit allocates $(field "$out/$w-tlkit.txt" decode_alloc_per_pass) bytes per decode pass," \
    "$(field "$out/$w-tlkit.txt" encode_alloc_per_pass) per encode pass" \
    "(output arrays $(field "$out/$w-tlkit.txt" output_arrays_per_pass))"
done
if wanted gramjs; then
  echo "corpus198: layer 198's golden vectors that GramJS handles, $(field "$out/gramjs.txt" objects)" \
    "objects, $(field "$out/gramjs.txt" bytes) bytes per pass; mtcute is n/a there (layer 223)," \
    "GramJS is n/a on the layer-223 workloads (layer 198 cannot read them)"
fi

#!/usr/bin/env bash
# tlkit, mtcute and GramJS side by side: decode and encode of the same bytes, in one run.
#
#   benchmarks/compare.sh [--warmup SECONDS] [--corpus-warmup SECONDS] [--rounds N] [--runs N]
#                         [--java PATH[,PATH...]] [--only WORKLOAD[,WORKLOAD...]]
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
# direction, the two directions' rounds in turn, and reports the median round (the workloads are:
# history,updates,file,corpus,gramjs for --only).
#
# tlkit runs on every JDK of --java (default: the java on the PATH, and the JDK 25 in
# /usr/lib/jvm if there is one), each workload right after mtcute's run of it. All of that is
# done --runs times (default 3): the table gives, per JDK, the median over the runs of each side's
# MB/s and of the ratio of the two in each run (this machine is noisy: a ratio from one run is
# good to about 30 %). Then, once per JDK, JMH's gc profiler measures what tlkit allocates per
# pass (dev.tlkit.bench.WorkloadBenchmark, gc.alloc.rate.norm), shown per byte decoded and per
# message encoded. With the defaults, about an hour; --warmup 10 --corpus-warmup 60 --rounds 5
# --only history,updates,corpus took 22 minutes (docs/performance-text.md), but 60 s of warm-up
# does not bring the corpus to its steady state.
# JAVA_OPTS is passed to tlkit's JVMs (default: -XX:CompileThresholdScaling=0.1, see below).
set -euo pipefail

GRAMJS_VERSION=2.26.22
warmup=20
corpus_warmup=120
rounds=10
runs=3
javas=
only=history,updates,file,corpus,gramjs
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup=$2; shift 2 ;;
    --corpus-warmup) corpus_warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --java) javas=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: benchmarks/compare.sh [--warmup SECONDS] [--corpus-warmup SECONDS] [--rounds N]" \
         "[--runs N] [--java PATH,...] [--only WORKLOAD,...]" >&2
       exit 2 ;;
  esac
done
if [ -z "$javas" ]; then
  javas=$(command -v java)
  for j in /usr/lib/jvm/*25*/bin/java; do
    [ -x "$j" ] && { javas="$javas,$j"; break; }
  done
fi
IFS=, read -r -a jdks <<<"$javas"

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
# One label per JDK (jdk17, jdk25, ...) for file names and the table.
labels=()
for j in "${jdks[@]}"; do
  v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  labels+=("jdk$v")
done
for ((run = 1; run <= runs; run++)); do
  dir=$out/run$run
  mkdir -p "$dir"
  echo "compare.sh: run $run of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  for w in history updates file corpus; do
    wanted "$w" || continue
    w_warmup=$warmup
    [ "$w" = corpus ] && w_warmup=$corpus_warmup
    rm -f "$dir/$w-"*.txt
    node "$bench/mtcute/bench.js" "$mtcute" "$workloads/$w.bin" "$out/$w-handled.txt" \
      --warmup "$w_warmup" --rounds "$rounds" 2>"$out/$w-mtcute-excluded.txt" | tee "$dir/$w-mtcute.txt"
    for k in "${!jdks[@]}"; do
      # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
      "${jdks[$k]}" $java_opts -cp "$jar" dev.tlkit.bench.Throughput "$workloads/$w.bin" \
        --only "$out/$w-handled.txt" --warmup "$w_warmup" --rounds "$rounds" \
        | tee "$dir/$w-tlkit-${labels[$k]}.txt"
      if [ "$w" = file ]; then
        # mtcute's bytes are always views of its input: tlkit's sharing mode is the like-for-like
        # comparison, shown as a row of its own.
        # shellcheck disable=SC2086
        "${jdks[$k]}" $java_opts -cp "$jar" dev.tlkit.bench.Throughput "$workloads/$w.bin" --share \
          --only "$out/$w-handled.txt" --warmup "$warmup" --rounds "$rounds" \
          | tee "$dir/$w-tlkit-share-${labels[$k]}.txt"
      fi
    done
  done
  if wanted gramjs; then
    rm -f "$dir/gramjs"*.txt
    node "$bench/gramjs/bench.js" "$gramjs" "$vectors198" "$out/gramjs-handled.txt" \
      --warmup "$corpus_warmup" --rounds "$rounds" 2>"$out/gramjs-excluded.txt" | tee "$dir/gramjs.txt"
    for k in "${!jdks[@]}"; do
      # shellcheck disable=SC2086
      "${jdks[$k]}" $java_opts -cp "$jar" dev.tlkit.bench.CorpusThroughput --vectors "$vectors198" \
        --layer198 --only "$out/gramjs-handled.txt" --warmup "$corpus_warmup" --rounds "$rounds" \
        | tee "$dir/gramjs-tlkit-${labels[$k]}.txt"
    done
  fi
done
# Allocation per pass, once per JDK: JMH's gc profiler (gc.alloc.rate.norm) on the same passes.
alloc_workloads=
for w in history updates file corpus; do
  wanted "$w" && alloc_workloads="${alloc_workloads:+$alloc_workloads,}$workloads/$w.bin"
done
if [ -n "$alloc_workloads" ]; then
  for k in "${!jdks[@]}"; do
    echo "compare.sh: allocation per pass on ${labels[$k]} (JMH -prof gc)" >&2
    "${jdks[$k]}" -jar "$jar" WorkloadBenchmark -prof gc -wi 6 -i 2 -p workload="$alloc_workloads" \
      -p only="$out" -rf csv -rff "$out/alloc-${labels[$k]}.csv" >"$out/alloc-${labels[$k]}.log" 2>&1 \
      || echo "compare.sh: JMH failed, see $out/alloc-${labels[$k]}.log" >&2
  done
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# key=value of the RESULT line of a file, or n/a when the file is missing
field() { [ -f "$1" ] && grep '^RESULT' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p" | grep . || echo n/a; }
# the median of the numbers given, n/a if any is n/a
median() {
  case " $* " in *" n/a "*|"  ") echo n/a; return ;; esac
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() {
  case "$1$2" in *n/a*) echo n/a ;; *) awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' ;; esac
}
num() { case "$1" in n/a) echo n/a ;; *) awk -v a="$1" -v d="$2" 'BEGIN { printf "%.*f", d, a }' ;; esac; }
# gc.alloc.rate.norm of benchmark $2 on workload file $3, from JMH's CSV $1
alloc() {
  [ -f "$1" ] || { echo n/a; return; }
  awk -F, -v bench="WorkloadBenchmark.$2:gc.alloc.rate.norm" -v wl="$3" '
    { sub(/\r$/, "") } # JMH writes CRLF
    NR == 1 { for (i = 1; i <= NF; i++) { gsub(/"/, "", $i); if ($i == "Param: workload") c = i }; next }
    { b = $1; gsub(/"/, "", b); p = $c; gsub(/"/, "", p)
      if (b ~ ("\\." bench "$") && p == wl) { s = $5; gsub(/"/, "", s); print s; found = 1 } }
    END { if (!found) print "n/a" }' "$1"
}

mtcute_versions=$(sed -n 's/^mtcute: \(.*\) on node.*/\1/p' "$out"/run1/*-mtcute.txt 2>/dev/null | head -1)
echo
echo "Machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1);" \
  "load average $load_before before, $load_after after"
echo "mtcute ${mtcute_versions:-n/a}; GramJS $GRAMJS_VERSION; node $(node --version); tlkit's JVMs with" \
  "${java_opts:-no options}"
echo "Command: benchmarks/compare.sh --warmup $warmup --corpus-warmup $corpus_warmup --rounds $rounds" \
  "--runs $runs; MB/s = 10^6 bytes/s, each side's median round in a run, then the median of the"
echo "$runs runs; the ratio is the median of the $runs runs' ratios (each run's ratios in brackets);" \
  "allocation: JMH -prof gc, per byte decoded or per message encoded"
for k in "${!jdks[@]}"; do
  label=${labels[$k]}
  echo
  echo "tlkit on $("${jdks[$k]}" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.runtime.version = //p') (${jdks[$k]})"
  printf '%-9s %-6s %10s %10s %10s %8s %-22s %s\n' workload dir "tlkit" "peer" peer "tlkit/" \
    "(the runs)" "tlkit allocates"
  printf '%-9s %-6s %10s %10s %10s %8s %-22s %s\n' "" "" MB/s MB/s "" peer "" ""
  for w in history updates file file-share corpus gramjs; do
    wanted "${w%-share}" || continue
    for op in decode encode; do
      [ "$w" = file-share ] && [ $op = encode ] && continue # sharing changes decoding only
      ts=() ps=() rs=()
      for ((run = 1; run <= runs; run++)); do
        dir=$out/run$run
        case $w in
          gramjs) t=$dir/gramjs-tlkit-$label.txt p=$dir/gramjs.txt ;;
          file-share) t=$dir/file-tlkit-share-$label.txt p=$dir/file-mtcute.txt ;;
          *) t=$dir/$w-tlkit-$label.txt p=$dir/$w-mtcute.txt ;;
        esac
        tv=$(field "$t" ${op}_mbps) pv=$(field "$p" ${op}_mbps)
        ts+=("$tv") ps+=("$pv") rs+=("$(ratio "$tv" "$pv")")
      done
      case $w in
        gramjs) label_w=corpus198 peer=GramJS ;;
        file-share) label_w=file,share peer=mtcute ;;
        *) label_w=$w peer=mtcute ;;
      esac
      runs_text=$(printf '%sx ' "${rs[@]}")
      a=n/a
      csv=$out/alloc-$label.csv
      case $w in
        gramjs) ;;
        file-share) a=$(alloc "$csv" decodeShared "$workloads/file.bin") ;;
        *) a=$(alloc "$csv" $op "$workloads/$w.bin") ;;
      esac
      t1=$out/run1/${w%-share}-tlkit-$label.txt
      if [ "$a" = n/a ]; then
        alloc_text=
      elif [ $op = decode ]; then
        alloc_text="$(awk -v a="$a" -v b="$(field "$t1" bytes)" 'BEGIN { printf "%.2f", a / b }') B per byte"
      else
        alloc_text="$(awk -v a="$a" -v m="$(field "$t1" objects)" 'BEGIN { printf "%.0f", a / m }') B per message"
        alloc_text="$alloc_text (output $(awk -v a="$(field "$t1" output_arrays_per_pass)" \
          -v m="$(field "$t1" objects)" 'BEGIN { printf "%.0f", a / m }'))"
      fi
      printf '%-9s %-6s %10s %10s %10s %8s %-22s %s\n' "$label_w" "$op" "$(num "$(median "${ts[@]}")" 1)" \
        "$(num "$(median "${ps[@]}")" 1)" "$peer" "$(num "$(median "${rs[@]}")" 1)x" "($runs_text)" \
        "$alloc_text"
    done
  done
done
echo
for w in history updates file corpus; do
  wanted "$w" || continue
  t1=$out/run1/$w-tlkit-${labels[0]}.txt
  echo "$w: $(field "$t1" objects) messages, $(field "$t1" bytes) bytes per pass" \
    "($(field "$out/run1/$w-mtcute.txt" excluded) left out, see $out/$w-mtcute-excluded.txt)"
done
if wanted gramjs; then
  echo "corpus198: layer 198's golden vectors that GramJS handles, $(field "$out/run1/gramjs.txt" objects)" \
    "objects, $(field "$out/run1/gramjs.txt" bytes) bytes per pass; mtcute cannot read layer 198," \
    "GramJS cannot read the layer-223 workloads"
fi

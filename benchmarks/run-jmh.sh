#!/usr/bin/env bash
# The JMH benchmarks of tlkit, with the gc profiler (gc.alloc.rate.norm = bytes allocated per op).
#
#   benchmarks/run-jmh.sh [JMH OPTIONS...] [BENCHMARK REGEX...]
#
# Builds benchmarks/target/benchmarks.jar if it is missing (after `mvn -B install -DskipTests` at
# the root). With no argument, runs every benchmark once in one fork with the iterations each
# class declares (3 to 5 warm-up iterations, 5 measured ones), which takes about 9 minutes:
#   CorpusBenchmark       encode / decode of the whole golden corpus, one op = one pass (us/op)
#   ObjectBenchmark       inputPeerUser, a message with entities and a reply, upload.saveFilePart of
#                         512 KiB, and System.arraycopy of 512 KiB as the baseline (ns/op)
#   GenerationBenchmark   parse + link + generate of schema/*.tl in a warm JVM (ms/op)
#   JsonBenchmark         the corpus's JSON: Jackson tokenizing it, read into objects, written (us/op)
#   TextBenchmark         the strings of the history workload alone, decoded and encoded by tlkit and
#                         by the JDK: how much of decoding and encoding is text (us/op)
# Any argument goes to JMH, e.g.  benchmarks/run-jmh.sh ObjectBenchmark -i 10
# (WorkloadBenchmark, one pass over a workload of compare.sh per operation, is compare.sh's: it
# runs here only when named, e.g.  benchmarks/run-jmh.sh WorkloadBenchmark -p workload=FILE)
# The results are also written to benchmarks/target/jmh-result.json, and summarized after the run
# (MB/s for the corpus, allocation per op) by dev.tlkit.bench.JmhSummary.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
jar=$bench/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  echo "run-jmh.sh: building $jar" >&2
  mvn -q -B -f "$bench/pom.xml" package -DskipTests
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
[ $# -gt 0 ] || set -- -e WorkloadBenchmark
java -jar "$jar" -prof gc -rf json -rff "$bench/target/jmh-result.json" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar" dev.tlkit.bench.JmhSummary "$bench/target/jmh-result.json"

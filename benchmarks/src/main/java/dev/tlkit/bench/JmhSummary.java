package dev.tlkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlkit.runtime.TlObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON results of {@code run-jmh.sh} and prints them with what they mean for the targets:
 * MB/s and objects/s of the corpus, bytes allocated per operation against the output array, the big
 * payload against {@code System.arraycopy}, generation against one second.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.tlkit.bench.JmhSummary FILE.json</pre>
 */
public final class JmhSummary {
  private JmhSummary() {}

  private record Row(double score, double error, String unit, double allocPerOp) {}

  /**
   * Prints the summary.
   *
   * @param args the JSON file JMH wrote with {@code -rf json}
   * @throws Exception if it cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: JmhSummary JMH_RESULT.json");
      System.exit(2);
    }
    Map<String, Row> rows = read(Path.of(args[0]));
    System.out.println();
    System.out.printf(Locale.ROOT, "%-42s %14s %10s %16s%n", "benchmark", "score", "unit",
        "allocated B/op");
    rows.forEach((name, r) -> System.out.printf(Locale.ROOT, "%-42s %14.3f %10s %16s%n", name,
        r.score, r.unit, Double.isNaN(r.allocPerOp) ? "-" : String.format(Locale.ROOT, "%.0f",
            r.allocPerOp)));
    System.out.println();

    GoldenCorpus corpus = GoldenCorpus.load();
    long outputArrays = 0;
    for (byte[] b : corpus.wire()) {
      outputArrays += CorpusThroughput.arrayFootprint(b.length);
    }
    corpusLine(rows.get("CorpusBenchmark.encodeCorpus"), "encode", corpus);
    corpusLine(rows.get("CorpusBenchmark.decodeCorpus"), "decode", corpus);
    Row encodeCorpus = rows.get("CorpusBenchmark.encodeCorpus");
    if (encodeCorpus != null) {
      System.out.printf(Locale.ROOT, "corpus encode allocates %.0f B per pass; its %d output"
              + " arrays take %d B: %.1f B more per object%n", encodeCorpus.allocPerOp,
          corpus.size(), outputArrays, (encodeCorpus.allocPerOp - outputArrays) / corpus.size());
    }
    allocationLine(rows.get("ObjectBenchmark.encodeSmall"), "inputPeerUser",
        ObjectBenchmark.smallObject());
    allocationLine(rows.get("ObjectBenchmark.encodeTypical"), "message",
        ObjectBenchmark.typicalMessage());
    Row big = rows.get("ObjectBenchmark.encodeBig");
    Row copy = rows.get("ObjectBenchmark.baselineArraycopy512KiB");
    if (big != null && copy != null) {
      System.out.printf(Locale.ROOT, "upload.saveFilePart (512 KiB) encodes at %.2f times the speed"
              + " of System.arraycopy of 512 KiB (%.0f ns against %.0f ns; target: at least 0.5)%n",
          copy.score / big.score, big.score, copy.score);
    }
    Row bigBuffer = rows.get("ObjectBenchmark.encodeBigIntoBuffer");
    if (bigBuffer != null && copy != null) {
      System.out.printf(Locale.ROOT, "  into a buffer of one's own (serialize(TlWriter)): %.2f times"
          + " (%.0f ns)%n", copy.score / bigBuffer.score, bigBuffer.score);
    }
    Row tokenize = rows.get("JsonBenchmark.tokenize");
    Row readJson = rows.get("JsonBenchmark.read");
    if (tokenize != null && readJson != null) {
      System.out.printf(Locale.ROOT, "JSON of the corpus read into objects at %.2f times the speed"
              + " of Jackson only tokenizing it (%.0f us against %.0f us; target: at least 0.5)%n",
          tokenize.score / readJson.score, readJson.score, tokenize.score);
    }
    textLine(rows.get("TextBenchmark.readString"), rows.get("TextBenchmark.jdkDecode"), "decoded",
        "new String(bytes, UTF_8)");
    textLine(rows.get("TextBenchmark.writeString"), rows.get("TextBenchmark.jdkEncode"), "encoded",
        "getBytes(UTF_8)");
    Row generation = rows.get("GenerationBenchmark.parseLinkGenerate");
    if (generation != null) {
      System.out.printf(Locale.ROOT, "parse + link + generate of schema/*.tl, warm: %.0f ms"
          + " (target: under 1000 ms)%n", generation.score);
    }
  }

  /** tlkit's text in one direction against the JDK's, from TextBenchmark. */
  private static void textLine(Row tlkit, Row jdk, String what, String jdkWay) {
    if (tlkit != null && jdk != null) {
      System.out.printf(Locale.ROOT, "history's strings %s by tlkit at %.2f times the speed of %s"
          + " (%.0f us against %.0f us)%n", what, jdk.score / tlkit.score, jdkWay, tlkit.score,
          jdk.score);
    }
  }

  private static void corpusLine(Row r, String what, GoldenCorpus corpus) {
    if (r == null) {
      return;
    }
    double seconds = r.score / 1e6; // us/op
    System.out.printf(Locale.ROOT, "corpus %s: %.1f MB/s, %.0f objects/s (%d objects, %d bytes"
            + " per op of %.1f us)%n", what, corpus.totalBytes() / seconds / 1e6,
        corpus.size() / seconds, corpus.size(), corpus.totalBytes(), r.score);
  }

  private static void allocationLine(Row r, String what, TlObject o) {
    if (r == null) {
      return;
    }
    long array = CorpusThroughput.arrayFootprint(o.serializedSize());
    System.out.printf(Locale.ROOT, "%s encode allocates %.0f B per op; its output array takes %d B%n",
        what, r.allocPerOp, array);
  }

  private static Map<String, Row> read(Path file) throws java.io.IOException {
    JsonNode results = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String name = result.get("benchmark").textValue();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode primary = result.get("primaryMetric");
      double alloc = Double.NaN;
      JsonNode secondary = result.get("secondaryMetrics");
      if (secondary != null) {
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) secondary::fields) {
          if (e.getKey().endsWith("gc.alloc.rate.norm")) {
            alloc = number(e.getValue().get("score"));
          }
        }
      }
      rows.put(name, new Row(number(primary.get("score")), number(primary.get("scoreError")),
          primary.get("scoreUnit").textValue(), alloc));
    }
    return rows;
  }

  private static double number(JsonNode n) {
    return n != null && n.isNumber() ? n.doubleValue() : Double.NaN;
  }
}

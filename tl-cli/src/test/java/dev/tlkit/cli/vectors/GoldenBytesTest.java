package dev.tlkit.cli.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.TlJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema encoder alone against every golden vector: the bytes it builds from {@code value}
 * must be {@code hex}. No generated code takes part, so this holds whatever state the generated
 * code is in.
 */
class GoldenBytesTest {
  @Test
  void everyGoldenValueEncodesToItsHex() throws IOException {
    SchemaEncoder encoder = new SchemaEncoder(BundledSchema.get(), JsonReadOptions.of(JsonDialect.TLKIT));
    List<String> failures = new ArrayList<>();
    int count = 0;
    try (InputStream in = GoldenBytesTest.class.getResourceAsStream("/golden/vectors.jsonl");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        GoldenVector v = GoldenVector.parse(line);
        count++;
        try {
          String built = HexFormat.of().formatHex(
              encoder.encode(JsonValues.toJson(v.value(), Integer.MAX_VALUE)));
          if (!built.equals(v.hex())) {
            failures.add(VectorChecker.bytesDiffer("encoder", HexFormat.of().parseHex(built),
                v.bytes()).map(d -> v.name() + ": " + d).orElseThrow());
          }
        } catch (TlJsonException e) {
          failures.add(v.name() + ": " + e.getMessage());
        }
      }
    }
    assertEquals(2498, count);
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
        failures.size() + " failures");
  }
}

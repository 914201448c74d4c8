package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.TlJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The JSON reader, fuzzed as the byte decoder is (FUZZING.md): any text, read as an object of the
 * Telegram API, gives a {@link TlJsonException} naming a place, or an object whose JSON reads back
 * into an equal object with the same bytes, equal to what the byte decoder makes of those bytes.
 * Nothing else escapes.
 */
class JsonReaderFuzzTest {
  private static final TlJsonReader READER = TlJsonReader.of(Tl.JSON);

  /** Any bytes as UTF-8 text, read as an object of any constructor or function. */
  @FuzzTest
  void anyJson(byte[] data) {
    check(new String(data, StandardCharsets.UTF_8));
  }

  private static void check(String text) {
    TlObject value;
    try {
      value = READER.read(text);
    } catch (TlJsonException e) {
      assertNotNull(e.path());
      assertNotNull(e.reason());
      return;
    }
    TlObject again = READER.read(TlJson.toJson(value));
    assertEquals(value, again);
    assertArrayEquals(value.toBytes(), again.toBytes());
    // Built from the JSON as the wire decoder builds it from the bytes, but for a string with a
    // lone surrogate (only a JSON escape of U+D800 to U+DFFF makes one), which UTF-8 cannot carry.
    if (!text.toLowerCase(java.util.Locale.ROOT).contains("\\ud")) {
      assertEquals(Tl.decode(value.toBytes()), value);
    }
    TlObject tdlib = TlJsonReader.of(Tl.JSON, JsonDialect.TDLIB)
        .read(TlJson.toJson(value, JsonDialect.TDLIB, false));
    assertEquals(value, tdlib);
  }

  /**
   * A short bounded run in every build, without the fuzzer: golden JSON texts with random bytes
   * changed, cut or repeated, 5,000 in all (about a second and a half).
   */
  private static final String JSON_CHARACTERS = " {}[]\",:019-.eE_atn\\";

  @Test
  void mutatedGoldenJson() throws IOException {
    List<GoldenVectorsTest.Vector> vectors = GoldenVectorsTest.load("/golden/vectors.jsonl");
    Random random = new Random(21);
    for (int i = 0; i < 5_000; i++) {
      byte[] text = vectors.get(random.nextInt(vectors.size())).value().toString()
          .getBytes(StandardCharsets.UTF_8);
      int at = random.nextInt(text.length);
      switch (random.nextInt(3)) {
        case 0 -> text[at] = (byte) JSON_CHARACTERS.charAt(random.nextInt(JSON_CHARACTERS.length()));
        case 1 -> text = java.util.Arrays.copyOf(text, at);
        default -> {
          byte[] longer = new byte[text.length + at];
          System.arraycopy(text, 0, longer, 0, at);
          System.arraycopy(text, 0, longer, at, text.length);
          text = longer;
        }
      }
      check(new String(text, StandardCharsets.UTF_8));
    }
  }

  /**
   * Writes the seed corpus of {@link #anyJson}: run with {@code
   * -Dtlkit.fuzz.seeds=src/test/resources/dev/tlkit/telegram/JsonReaderFuzzTestInputs}.
   */
  @Test
  @EnabledIfSystemProperty(named = "tlkit.fuzz.seeds", matches = ".+")
  void writeSeedCorpus() throws IOException {
    Path dir = Path.of(System.getProperty("tlkit.fuzz.seeds")).resolve("anyJson");
    Files.createDirectories(dir);
    List<GoldenVectorsTest.Vector> vectors = GoldenVectorsTest.load("/golden/vectors.jsonl");
    vectors.sort(Comparator.comparing(GoldenVectorsTest.Vector::name));
    // Every 50th vector by name, and the five largest.
    for (int i = 0; i < vectors.size(); i += 50) {
      write(dir, vectors.get(i));
    }
    vectors.stream().sorted(Comparator.comparingInt(v -> -v.hex().length())).limit(5)
        .forEach(v -> write(dir, v));
  }

  private static void write(Path dir, GoldenVectorsTest.Vector v) {
    try {
      Files.writeString(dir.resolve("golden-" + v.name().replace('.', '_')), v.value().toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

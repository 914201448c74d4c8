package dev.tlkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.telegram.Tl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * The golden vectors (one per definition of the Telegram schema) as a benchmark corpus: each
 * vector's bytes, and the object {@link Tl#decode(byte[])} makes of them, both built once, before
 * anything is timed.
 *
 * <p>Loading checks that every object encodes back to exactly its vector's bytes, so a benchmark
 * never times a codec that is wrong.
 */
public final class GoldenCorpus {
  /** The corpus inside the benchmarks jar: the checkout's {@code vectors.jsonl}, copied at build. */
  static final String RESOURCE = "/dev/tlkit/bench/golden/vectors.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One vector: its line (0-based) in the file, its TL name, its bytes and their object. */
  public record Entry(int line, String name, byte[] bytes, TlObject object) {}

  private final List<Entry> entries;
  private final Function<byte[], TlObject> decoder;
  private final TlObject[] objects;
  private final byte[][] wire;
  private final long totalBytes;

  private GoldenCorpus(List<Entry> entries, Function<byte[], TlObject> decoder) {
    this.entries = List.copyOf(entries);
    this.decoder = decoder;
    this.objects = entries.stream().map(Entry::object).toArray(TlObject[]::new);
    this.wire = entries.stream().map(Entry::bytes).toArray(byte[][]::new);
    this.totalBytes = Arrays.stream(wire).mapToLong(b -> b.length).sum();
  }

  /**
   * Loads the corpus bundled in the jar.
   *
   * @return every vector
   */
  public static GoldenCorpus load() {
    return load(null, null);
  }

  /**
   * Loads a corpus.
   *
   * @param file a {@code vectors.jsonl}, or null for the one bundled in the jar
   * @param onlyLines the 0-based line numbers to keep, or null for all
   * @return the vectors, in file order
   */
  public static GoldenCorpus load(Path file, BitSet onlyLines) {
    return load(file, onlyLines, Tl::decode);
  }

  /**
   * Loads a corpus for another generated API than the Telegram API of the checkout, such as the
   * layer-198 API that the benchmarks also generate for GramJS's corpus.
   *
   * @param file a {@code vectors.jsonl}, or null for the one bundled in the jar
   * @param onlyLines the 0-based line numbers to keep, or null for all
   * @param decoder that API's {@code Tl::decode}
   * @return the vectors, in file order
   */
  public static GoldenCorpus load(Path file, BitSet onlyLines, Function<byte[], TlObject> decoder) {
    List<String> lines = file == null ? readResource() : readFile(file);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || (onlyLines != null && !onlyLines.get(i))) {
        continue;
      }
      JsonNode json = readTree(line);
      String name = json.get("name").textValue();
      byte[] bytes = TlBytes.ofHex(json.get("hex").textValue()).toByteArray();
      TlObject object = decoder.apply(bytes);
      if (!Arrays.equals(object.toBytes(), bytes)) {
        throw new IllegalStateException("line " + (i + 1) + " (" + name
            + "): toBytes() of the decoded object differs from the vector");
      }
      entries.add(new Entry(i, name, bytes, object));
    }
    return new GoldenCorpus(entries, decoder);
  }

  private static JsonNode readTree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> readResource() {
    try (InputStream in = GoldenCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not in the jar: rebuild the benchmarks");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> readFile(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the vectors.
   *
   * @return them, in file order
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Returns the decoded objects, in file order; the array is shared, not copied.
   *
   * @return the objects
   */
  public TlObject[] objects() {
    return objects;
  }

  /**
   * Returns the vectors' bytes, in file order; the arrays are shared, not copied.
   *
   * @return the bytes of each vector
   */
  public byte[][] wire() {
    return wire;
  }

  /**
   * Returns the number of vectors.
   *
   * @return the count
   */
  public int size() {
    return objects.length;
  }

  /**
   * Returns the sum of the vectors' lengths: the bytes one pass over the corpus encodes or decodes.
   *
   * @return the total in bytes
   */
  public long totalBytes() {
    return totalBytes;
  }

  /**
   * Encodes every object once.
   *
   * @return the sum of the lengths written, so that the work cannot be optimized away
   */
  public long encodeAll() {
    long sum = 0;
    for (TlObject o : objects) {
      sum += o.toBytes().length;
    }
    return sum;
  }

  /**
   * Decodes every vector once.
   *
   * @return the sum of the constructor ids read, so that the work cannot be optimized away
   */
  public long decodeAll() {
    long sum = 0;
    for (byte[] b : wire) {
      sum += decoder.apply(b).constructorId();
    }
    return sum;
  }
}

package dev.tlkit.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.JsonToTl;
import dev.tlkit.runtime.json.TlJsonSchema;
import dev.tlkit.telegram.Tl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The passes over the JSON of the golden corpus that {@link JsonThroughput} times, by name, made
 * from the corpus's objects and their JSON, each text checked to read back into its object:
 *
 * <ul>
 *   <li>{@code tokenize}: Jackson's streaming parser pulling every token of every text, nothing
 *       made of them, the floor of any JSON reader;
 *   <li>{@code read}: {@code TlJsonReader.read} of every text into its object;
 *   <li>{@code write}: {@code TlJson.toJson} of every object.
 * </ul>
 *
 * <p>Two more take {@code read} apart, to show where its time goes:
 *
 * <ul>
 *   <li>{@code walk}: {@code read} with no record built: the same reader over the same shapes,
 *       each value read and checked, but its factory answers one object made beforehand.
 *       What {@code read} takes beyond it is the building of the records, of some 2,500
 *       classes in this corpus;
 *   <li>{@code encode}: every text to its TL bytes ({@code TlJsonReader.encode}, what {@code tlc
 *       encode} does), no object made.
 * </ul>
 *
 * <p>{@link JsonBenchmark} times these passes too. {@link JsonThroughput} {@code --jars} loads
 * this class from each jar it compares, as {@link SideBySide} does {@link Passes}, so it is reached
 * as a {@code Function} of the JDK's types.
 */
public final class JsonPasses implements Function<String, LongSupplier> {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static volatile Object last;

  private final TlJsonReader reader = TlJsonReader.of(Tl.JSON);
  private final JsonToTl encoder = Tl.JSON.encoder(JsonReadOptions.of(JsonDialect.TLKIT));
  /** {@link #reader} but for its factory, which builds no record. */
  private final TlJsonReader walker;
  private final TlObject[] objects;
  private final String[] texts;
  private final long bytes;

  /**
   * Loads the corpus and checks that each object's JSON reads back into it.
   *
   * @throws IllegalStateException if one does not
   */
  public JsonPasses() {
    objects = GoldenCorpus.load().objects();
    texts = Arrays.stream(objects).map(TlJson::toJson).toArray(String[]::new);
    long n = 0;
    for (int i = 0; i < objects.length; i++) {
      if (!reader.read(texts[i]).equals(objects[i])) {
        throw new IllegalStateException(
            "the JSON of " + objects[i].tlName() + " reads back as another object");
      }
      n += texts[i].getBytes(StandardCharsets.UTF_8).length;
    }
    bytes = n;
    TlObject built = objects[0];
    walker = TlJsonReader.of(new TlJsonSchema(Tl.class, Tl::decode, (index, fields) -> built));
  }

  /** How many texts a pass takes. */
  public int texts() {
    return texts.length;
  }

  /** Their length in UTF-8, the bytes a pass's MB/s are counted in. */
  public long bytes() {
    return bytes;
  }

  /**
   * Returns the pass named {@code pass}.
   *
   * @throws IllegalArgumentException if there is no such pass
   */
  @Override
  public LongSupplier apply(String pass) {
    return switch (pass) {
      case "tokenize" -> this::tokenize;
      case "read" -> () -> {
        long n = 0;
        for (String text : texts) {
          last = reader.read(text); // kept, not hashed: a record's hashCode walks all of it
          n++;
        }
        return n;
      };
      case "walk" -> () -> {
        long n = 0;
        for (String text : texts) {
          last = walker.read(text);
          n++;
        }
        return n;
      };
      case "encode" -> () -> {
        long n = 0;
        for (String text : texts) {
          n += TlJsonReader.encode(encoder, text).length;
        }
        return n;
      };
      case "write" -> () -> {
        long n = 0;
        for (TlObject o : objects) {
          n += TlJson.toJson(o).length();
        }
        return n;
      };
      default -> throw new IllegalArgumentException(
          "unknown pass " + pass + ": tokenize, read, walk, encode or write");
    };
  }

  private long tokenize() {
    long n = 0;
    try {
      for (String text : texts) {
        try (JsonParser p = FACTORY.createParser(text)) {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            n += t.ordinal();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}

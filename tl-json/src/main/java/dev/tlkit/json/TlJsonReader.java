package dev.tlkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.JsonToTl;
import dev.tlkit.runtime.json.TlJsonException;
import dev.tlkit.runtime.json.TlJsonSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads generated objects from JSON text with Jackson's streaming parser:
 *
 * <pre>{@code
 * TlObject any = TlJsonReader.of(Tl.JSON).read(json);
 * Message message = TlJsonReader.of(Tl.JSON).read(json, Message.class);
 * TypeMessage some = TlJsonReader.of(Tl.JSON, JsonDialect.TDLIB).read(json, TypeMessage.class);
 * }</pre>
 *
 * <p>Every error is a {@link TlJsonException} naming the JSON path, line and column; nothing is
 * built then. Instances are immutable and thread-safe.
 */
public final class TlJsonReader {
  /** Jackson's parser factory: its defaults bound nesting (1,000) and string and number lengths. */
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  /** Only for {@link #readWithExtra(String)}: the extra is any JSON value. */
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper(FACTORY);

  private final TlJsonSchema schema;
  private final JsonReadOptions options;

  private TlJsonReader(TlJsonSchema schema, JsonReadOptions options) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A reader of tlkit's dialect with the default limits.
   *
   * @param schema the generated schema's {@code Tl.JSON}
   * @return the reader
   */
  public static TlJsonReader of(TlJsonSchema schema) {
    return new TlJsonReader(schema, JsonReadOptions.of(JsonDialect.TLKIT));
  }

  /**
   * A reader of a dialect with the default limits.
   *
   * @param schema the generated schema's {@code Tl.JSON}
   * @param dialect the JSON form
   * @return the reader
   */
  public static TlJsonReader of(TlJsonSchema schema, JsonDialect dialect) {
    return new TlJsonReader(schema, JsonReadOptions.of(dialect));
  }

  /**
   * A reader with other options: unknown fields skipped, other limits.
   *
   * @param newOptions the options
   * @return the reader
   */
  public TlJsonReader with(JsonReadOptions newOptions) {
    return new TlJsonReader(schema, newOptions);
  }

  /**
   * Reads one object of any constructor or function.
   *
   * @param json the text: one JSON value and nothing else
   * @return the object
   * @throws TlJsonException if the text is not one value of the schema
   */
  public TlObject read(String json) {
    try (JsonParser p = parser(json)) {
      return schema.read(JacksonInput.of(p), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one object of a generated class: a record, a sealed interface ({@code TypeMessage}) or
   * {@link TlObject}.
   *
   * @param <T> the class
   * @param json the text: one JSON value and nothing else
   * @param type the class
   * @return the object
   * @throws TlJsonException if the text is not one value of the class
   */
  public <T> T read(String json, Class<T> type) {
    try (JsonParser p = parser(json)) {
      return schema.read(JacksonInput.of(p), type, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one object of any constructor or function from a character stream.
   *
   * @param json the text: one JSON value and nothing else
   * @return the object
   * @throws TlJsonException if the text is not one value of the schema
   * @throws UncheckedIOException if the stream cannot be read
   */
  public TlObject read(Reader json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return schema.read(JacksonInput.of(p), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An object read from TDLib's JSON with its {@code "@extra"}, which TDLib's clients put in a
   * request to find its answer by: give it back with {@link #withExtra(String, String)}.
   *
   * @param value the object
   * @param extra the {@code "@extra"} value as compact JSON text, or null if there was none
   */
  public record WithExtra(TlObject value, String extra) {}

  /**
   * Reads one object of any constructor or function and keeps its outermost {@code "@extra"}
   * (in TDLib's dialect; in tlkit's an {@code "@extra"} is an unknown field).
   *
   * @param json the text: one JSON value and nothing else
   * @return the object and its extra
   * @throws TlJsonException if the text is not one value of the schema
   */
  public WithExtra readWithExtra(String json) {
    TlObject value = read(json);
    if (options.dialect() != JsonDialect.TDLIB) {
      return new WithExtra(value, null);
    }
    // Read again as a tree, for the one member the encoder skips: the text is known good now.
    try {
      com.fasterxml.jackson.databind.JsonNode extra = MAPPER.readTree(json).get("@extra");
      return new WithExtra(value, extra == null ? null : extra.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds {@code "@extra"} to the JSON of an object, as TDLib answers a request that had one.
   *
   * @param objectJson an object as {@code TlJson.toJson} writes it, compact or indented
   * @param extra the extra as JSON text (from {@link WithExtra#extra()}), or null for none
   * @return the object's JSON with {@code "@extra"} as its last member
   * @throws IllegalArgumentException if {@code objectJson} is not a JSON object's text
   */
  public static String withExtra(String objectJson, String extra) {
    if (extra == null) {
      return objectJson;
    }
    int end = objectJson.lastIndexOf('}');
    if (!objectJson.startsWith("{") || end < 0) {
      throw new IllegalArgumentException("not the JSON of an object: " + objectJson);
    }
    return objectJson.substring(0, end) + ",\"@extra\":" + extra + objectJson.substring(end);
  }

  /**
   * Writes the TL bytes of one JSON value with an encoder, without decoding them: what {@code tlc
   * encode --schema} does with a schema that has no generated classes.
   *
   * @param encoder the encoder of a schema's shapes
   * @param json the text: one JSON value and nothing else
   * @return the boxed bytes
   * @throws TlJsonException if the text is not one value of the schema
   */
  public static byte[] encode(JsonToTl encoder, String json) {
    try (JsonParser p = parser(json)) {
      return encoder.encode(JacksonInput.of(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonParser parser(String json) throws IOException {
    return FACTORY.createParser(json);
  }
}

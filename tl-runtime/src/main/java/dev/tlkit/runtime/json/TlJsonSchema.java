package dev.tlkit.runtime.json;

import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlFunction;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/**
 * A generated schema's JSON, both ways: each generated {@code Tl} class holds the one of its
 * package as {@code Tl.JSON}. Reading checks the JSON by the schema's shapes ({@code
 * tl-shapes.txt} next to {@code Tl}, read once, on first use) and builds each object with its
 * record's generated {@code fromJson} ({@link JsonToObjects}); code generated before there was one
 * writes the TL bytes of the JSON and decodes them with {@code Tl.decode}. Either way an object read
 * from JSON is checked as strictly as one read from the wire, and its bytes are those of the JSON.
 * The JSON tokens come from a {@link JsonInput}, which {@code tl-json} implements over Jackson.
 */
public final class TlJsonSchema {
  /** The name of the resource next to each generated {@code Tl} class. */
  public static final String RESOURCE = "tl-shapes.txt";

  private final Class<?> anchor;
  private final Function<byte[], ? extends TlObject> decoder;
  private final TlJsonFields.Factory factory;
  private volatile TlShapes shapes;

  /**
   * The JSON of the schema generated next to {@code anchor}.
   *
   * @param anchor the generated {@code Tl} class, next to which {@value #RESOURCE} lies
   * @param decoder its {@code decode(byte[])}
   */
  public TlJsonSchema(Class<?> anchor, Function<byte[], ? extends TlObject> decoder) {
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.factory = null;
  }

  /**
   * The JSON of the schema generated next to {@code anchor}, read straight into objects.
   *
   * @param anchor the generated {@code Tl} class, next to which {@value #RESOURCE} lies
   * @param decoder its {@code decode(byte[])}
   * @param factory its {@code fromJson(int, TlJsonFields)}
   */
  public TlJsonSchema(Class<?> anchor, Function<byte[], ? extends TlObject> decoder,
      TlJsonFields.Factory factory) {
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * Returns the schema's shapes, reading them on first use.
   *
   * @return the shapes
   * @throws IllegalStateException if the resource is missing or broken (a build that did not copy it)
   */
  public TlShapes shapes() {
    TlShapes s = shapes;
    if (s == null) {
      synchronized (this) {
        s = shapes;
        if (s == null) {
          shapes = s = load();
        }
      }
    }
    return s;
  }

  private TlShapes load() {
    try (InputStream in = anchor.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " next to " + anchor.getName()
            + ": the generated resources are not on the class path");
      }
      return TlShapes.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " next to " + anchor.getName(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(anchor.getName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Tells whether {@code type} is one of this schema's generated classes, which {@link
   * #read(JsonInput, Class, JsonReadOptions)} can read.
   *
   * @param type a class
   * @return true for a record or sealed interface generated next to this schema's {@code Tl}
   */
  public boolean hasClass(Class<?> type) {
    return type.getPackageName().equals(anchor.getPackageName())
        && shapes().javaType(type.getSimpleName()).isPresent();
  }

  /**
   * Returns an encoder of this schema's JSON to TL bytes.
   *
   * @param options the dialect and the limits
   * @return the encoder
   */
  public JsonToTl encoder(JsonReadOptions options) {
    return new JsonToTl(shapes(), options);
  }

  /**
   * Reads one object, of any constructor or function, from all of {@code input}.
   *
   * @param input the JSON tokens
   * @param options the dialect and the limits
   * @return the object
   * @throws TlJsonException if the JSON is not one value of the schema
   */
  public TlObject read(JsonInput input, JsonReadOptions options) {
    return read(input, TlObject.class, options);
  }

  /**
   * Reads one object of a generated class from all of {@code input}: a record (that constructor
   * only), a sealed interface ({@code TypeMessage}: its constructors), or {@link TlObject} or
   * {@link TlFunction} for any.
   *
   * @param <T> the class
   * @param input the JSON tokens
   * @param type the class
   * @param options the dialect and the limits
   * @return the object
   * @throws TlJsonException if the JSON is not one value of the class
   * @throws IllegalArgumentException if the class is not one of this schema's
   */
  public <T> T read(JsonInput input, Class<T> type, JsonReadOptions options) {
    boolean any = type == TlObject.class || type == Object.class || type == TlRecord.class;
    TlObject value;
    if (factory != null) {
      JsonToObjects reader = new JsonToObjects(shapes(), options, factory);
      value = any ? reader.read(input)
          : type == TlFunction.class ? reader.readFunction(input)
          : reader.read(input, type.getSimpleName());
    } else {
      JsonToTl encoder = encoder(options);
      value = decode(any ? encoder.encode(input)
          : type == TlFunction.class ? encoder.encodeFunction(input)
          : encoder.encode(input, type.getSimpleName()));
    }
    if (!type.isInstance(value)) {
      throw new TlJsonException("", "expected a " + type.getSimpleName() + ", found "
          + value.tlName(), 0, 0);
    }
    return type.cast(value);
  }

  private TlObject decode(byte[] bytes) {
    try {
      return decoder.apply(bytes);
    } catch (TlDecodeException e) {
      // The shapes and the decoder are of one schema: the decoder only refuses what the shapes
      // cannot say, such as nesting beyond its own limit.
      throw new TlJsonException(e.path(), "the value is not valid TL: " + e.reason(), 0, 0, e);
    }
  }

  /**
   * Writes an object as JSON: {@link TlJson#toJson(TlRecord, JsonDialect, boolean)}, compact.
   *
   * @param value the object
   * @param dialect the JSON form
   * @return the JSON text
   */
  public String write(TlRecord value, JsonDialect dialect) {
    return TlJson.toJson(value, dialect, false);
  }
}

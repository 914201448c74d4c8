package dev.tlkit.runtime.json;

import dev.tlkit.runtime.TlReader;
import java.util.Objects;

/**
 * How JSON is read: its dialect, what to do with unknown fields, and the limits that keep a hostile
 * input from costing more than its size.
 *
 * @param dialect the JSON form
 * @param ignoreUnknownFields whether a field the constructor does not have is skipped (else it is an error)
 * @param maxDepth how deeply objects may nest, the outermost one counting 1: the byte decoder's
 *     default, {@value TlReader#DEFAULT_MAX_DEPTH}, unless changed
 * @param maxArrayLength how many elements an array may have
 */
public record JsonReadOptions(JsonDialect dialect, boolean ignoreUnknownFields, int maxDepth,
    int maxArrayLength) {
  /** The default limit of an array's length: 2<sup>20</sup> elements. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 1 << 20;

  /**
   * Checks the options.
   *
   * @param dialect the JSON form
   * @param ignoreUnknownFields whether unknown fields are skipped
   * @param maxDepth how deeply objects may nest
   * @param maxArrayLength how many elements an array may have
   * @throws IllegalArgumentException if a limit is below 1
   */
  public JsonReadOptions {
    Objects.requireNonNull(dialect, "dialect");
    if (maxDepth < 1 || maxArrayLength < 1) {
      throw new IllegalArgumentException("limits must be at least 1: maxDepth " + maxDepth
          + ", maxArrayLength " + maxArrayLength);
    }
  }

  /**
   * The defaults for a dialect: unknown fields are errors, the default limits.
   *
   * @param dialect the JSON form
   * @return the options
   */
  public static JsonReadOptions of(JsonDialect dialect) {
    return new JsonReadOptions(dialect, false, TlReader.DEFAULT_MAX_DEPTH, DEFAULT_MAX_ARRAY_LENGTH);
  }

  /**
   * These options, skipping unknown fields instead of failing on them.
   *
   * @return the changed copy
   */
  public JsonReadOptions ignoringUnknownFields() {
    return new JsonReadOptions(dialect, true, maxDepth, maxArrayLength);
  }

  /**
   * These options with other limits.
   *
   * @param depth how deeply objects may nest
   * @param arrayLength how many elements an array may have
   * @return the changed copy
   */
  public JsonReadOptions withLimits(int depth, int arrayLength) {
    return new JsonReadOptions(dialect, ignoreUnknownFields, depth, arrayLength);
  }
}

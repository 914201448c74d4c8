package dev.tlkit.runtime.json;

import dev.tlkit.runtime.TlObject;
import java.util.Arrays;

/**
 * The fields of one object read from JSON, by their place in the schema (the {@code #} fields
 * included), read and checked by the runtime's JSON reader: what a generated record's {@code
 * fromJson} builds the record of. Every required field is there, optional ones are there exactly
 * when their JSON had them, and each value is of its field's Java type; nothing else reads them.
 *
 * <p>Numbers are kept unboxed until a record asks for an optional one (an {@code Integer} that may
 * be null); an instance is reused from one object to the next of the same depth, so a generated
 * {@code fromJson} must not keep it.
 */
public final class TlJsonFields {
  /**
   * Builds the object of the constructor or function {@code id} from its fields: a generated
   * {@code Tl.fromJson}.
   */
  @FunctionalInterface
  public interface Factory {
    /**
     * Builds one object.
     *
     * @param id the constructor or function id
     * @param fields its fields
     * @return the object
     * @throws IllegalArgumentException if the schema has no generated class of this id
     */
    TlObject fromJson(int id, TlJsonFields fields);
  }

  /** ints, longs, doubles (their bits) and booleans (0 or 1) by field. */
  long[] numbers;
  /** Everything else by field: strings, bytes, lists, objects; null where absent. */
  Object[] values;
  /**
   * Whether each field was given: met while the object is read (for "appears twice"), then, once
   * read, given (a flag of {@code true} given as false is not).
   */
  boolean[] seen;
  /** The value of each {@code #} field, as the fields present make it. */
  int[] flags;

  TlJsonFields(int n) {
    numbers = new long[n];
    values = new Object[n];
    seen = new boolean[n];
    flags = new int[n];
  }

  /**
   * Made ready for an object of {@code n} fields: nothing seen yet, and every number 0, as a
   * field left out reads. The values are null already: each object lets go of them ({@link
   * #release(int)}), and a reading that fails drops its instances.
   */
  void clear(int n) {
    Arrays.fill(seen, 0, n, false);
    Arrays.fill(numbers, 0, n, 0L);
  }

  /** Lets go of the values once the object is built: a kept instance holds nothing of it. */
  void release(int n) {
    Arrays.fill(values, 0, n, null);
  }

  int capacity() {
    return seen.length;
  }

  /**
   * An {@code int} or {@code #} field; 0 for a {@code #} left out.
   *
   * @param field the field's place in its definition
   * @return the value
   */
  public int intValue(int field) {
    return (int) numbers[field];
  }

  /**
   * A {@code long} or {@code int53} field.
   *
   * @param field the field's place in its definition
   * @return the value
   */
  public long longValue(int field) {
    return numbers[field];
  }

  /**
   * A {@code double} field.
   *
   * @param field the field's place in its definition
   * @return the value
   */
  public double doubleValue(int field) {
    return Double.longBitsToDouble(numbers[field]);
  }

  /**
   * A {@code Bool} field, or a flag of {@code true} (false when left out).
   *
   * @param field the field's place in its definition
   * @return the value
   */
  public boolean boolValue(int field) {
    return numbers[field] != 0;
  }

  /**
   * An optional {@code int}.
   *
   * @param field the field's place in its definition
   * @return the value, or null if the JSON did not have it
   */
  public Integer optionalInt(int field) {
    return seen[field] ? Integer.valueOf((int) numbers[field]) : null;
  }

  /**
   * An optional {@code long}.
   *
   * @param field the field's place in its definition
   * @return the value, or null if the JSON did not have it
   */
  public Long optionalLong(int field) {
    return seen[field] ? Long.valueOf(numbers[field]) : null;
  }

  /**
   * An optional {@code double}.
   *
   * @param field the field's place in its definition
   * @return the value, or null if the JSON did not have it
   */
  public Double optionalDouble(int field) {
    return seen[field] ? Double.valueOf(Double.longBitsToDouble(numbers[field])) : null;
  }

  /**
   * An optional {@code Bool}.
   *
   * @param field the field's place in its definition
   * @return the value, or null if the JSON did not have it
   */
  public Boolean optionalBool(int field) {
    return seen[field] ? Boolean.valueOf(numbers[field] != 0) : null;
  }

  /**
   * Any other field: a string, bytes, a list, an object, as its record component's type.
   *
   * @param <T> the component's type
   * @param field the field's place in its definition
   * @return the value, or null if the field is optional and was left out (or may be null and is)
   */
  @SuppressWarnings("unchecked")
  public <T> T value(int field) {
    return (T) values[field];
  }
}

package dev.tlkit.codegen.examples;

import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.schema.Parameter;
import java.util.List;

/**
 * A value of an example, as a tree: what {@link ExampleJava} writes as Java and
 * {@link ExampleWire} writes as TL bytes, so that the text and the bytes cannot disagree.
 */
public sealed interface ExampleValue {
  /** An {@code int} (also a {@code #} that carries data). */
  record IntValue(int value) implements ExampleValue {}

  /** A {@code long}. */
  record LongValue(long value) implements ExampleValue {}

  /** A {@code double}. */
  record DoubleValue(double value) implements ExampleValue {}

  /** A {@code string}. */
  record TextValue(String value) implements ExampleValue {}

  /** {@code bytes}, or the raw bytes of {@code int128} and {@code int256}, as hex. */
  record BytesValue(String hex) implements ExampleValue {}

  /** A {@code Bool}, or a {@code flags.N?true} bit. */
  record BoolValue(boolean value) implements ExampleValue {}

  /** A vector. */
  record ListValue(List<ExampleValue> elements) implements ExampleValue {
    public ListValue {
      elements = List.copyOf(elements);
    }
  }

  /**
   * An object built with its record's builder, or {@code new R()} when it has no component.
   *
   * @param typeArguments for a generic record, the Java text of each type argument ({@code Config})
   * @param fields the fields set, in the definition's order; absent optional fields are left out
   */
  record ObjectValue(JavaRecord record, List<String> typeArguments, List<FieldValue> fields)
      implements ExampleValue {
    public ObjectValue {
      typeArguments = List.copyOf(typeArguments);
      fields = List.copyOf(fields);
    }

    /** The value set for the parameter of that TL name, or null. */
    public ExampleValue field(String tlName) {
      return fields.stream().filter(f -> f.parameter().name().equals(tlName))
          .map(FieldValue::value).findFirst().orElse(null);
    }
  }

  /**
   * One field set in an example.
   *
   * @param parameter the TL parameter
   * @param setter the builder's setter (the component's Java name)
   * @param value its value
   */
  record FieldValue(Parameter parameter, String setter, ExampleValue value) {}
}

package dev.tlkit.codegen.examples;

import dev.tlkit.codegen.JavaRecord;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;

/**
 * The example of one constructor or function: Java that builds it with every field set and
 * encodes it, and the bytes that encoding gives, split per field.
 *
 * @param record the record it builds
 * @param value the values it sets
 * @param variable the local that holds the object ({@code request}); the bytes are in {@code bytes}
 * @param java the statements, the body of a method {@code void example() throws Exception} in a
 *     file with the {@linkplain Examples#imports() imports} of its package
 * @param wire the bytes of {@code toBytes()}: constructor id, each {@code #} field, each field
 */
public record Example(JavaRecord record, ExampleValue.ObjectValue value, String variable, String java,
    List<WireField> wire) {
  public Example {
    wire = List.copyOf(wire);
  }

  /**
   * Some bytes of the encoding.
   *
   * @param label what they are: {@code constructor id a6c4600c}, {@code flags}, a parameter's TL name
   */
  public record WireField(String label, byte[] bytes) {
    public WireField {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    /** The bytes as hex, a space between each group of four. */
    public String hex() {
      return Example.grouped(HexFormat.of().formatHex(bytes));
    }
  }

  /** All the bytes {@code toBytes()} gives. */
  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wire.forEach(f -> out.writeBytes(f.bytes()));
    return out.toByteArray();
  }

  /** All the bytes as hex, without spaces. */
  public String hex() {
    return HexFormat.of().formatHex(bytes());
  }

  static String grouped(String hex) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 8) {
      sb.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 8));
    }
    return sb.toString();
  }
}

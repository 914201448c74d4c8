package dev.tlkit.runtime;

import java.util.Objects;

/**
 * A boxed vector read where any object was allowed (the {@code result} of {@code rpc_result}, an
 * {@code Object} field): its bytes do not say what its elements are, so they are kept exactly, id
 * included, and re-serialize to what was received; whoever knows the element type decodes them
 * (a function's {@code decodeResult}). A constructor id unknown to the schema is an error, never
 * one of these.
 *
 * @param bytes the whole boxed object as received, constructor id first
 */
public record TlRawObject(TlBytes bytes) implements TlObject {
  /**
   * The raw object whose constructor id was already read: {@code id} followed by {@code rest}.
   *
   * @param id the constructor id read
   * @param rest the bytes after it
   * @return the object holding all of them
   */
  public static TlRawObject of(int id, TlBytes rest) {
    byte[] all = new byte[4 + rest.length()];
    all[0] = (byte) id;
    all[1] = (byte) (id >>> 8);
    all[2] = (byte) (id >>> 16);
    all[3] = (byte) (id >>> 24);
    rest.copyTo(all, 4);
    return new TlRawObject(TlBytes.wrap(all));
  }

  /**
   * Creates a raw object.
   *
   * @param bytes the whole boxed object, constructor id first
   */
  public TlRawObject {
    Objects.requireNonNull(bytes, "bytes");
  }

  /**
   * Returns the first 4 bytes as a little-endian int.
   *
   * @return the constructor id, or 0 if there are fewer than 4 bytes
   */
  @Override
  public int constructorId() {
    if (bytes.length() < 4) {
      return 0;
    }
    return (bytes.byteAt(0) & 0xFF) | (bytes.byteAt(1) & 0xFF) << 8
        | (bytes.byteAt(2) & 0xFF) << 16 | (bytes.byteAt(3) & 0xFF) << 24;
  }

  /**
   * Returns {@code "?"}: the bytes alone do not say which type of vector this is.
   *
   * @return {@code "?"}
   */
  @Override
  public String tlName() {
    return "?";
  }

  /**
   * Returns the number of bytes after the constructor id.
   *
   * @return {@code bytes().length() - 4}, or 0 if there are fewer than 4 bytes
   */
  /**
   * Returns the number of bytes kept, which is what {@link #serialize(TlWriter)} writes.
   *
   * @return {@code bytes().length()}
   */
  @Override
  public int serializedSize() {
    return bytes.length();
  }

  /**
   * Writes the bytes after the constructor id.
   *
   * @param w the writer
   */
  @Override
  public void writeBare(TlWriter w) {
    int skip = Math.min(4, bytes.length());
    w.writeRaw(bytes.array(), bytes.offset() + skip, bytes.length() - skip);
  }

  /**
   * Writes all the bytes, constructor id included.
   *
   * @param w the writer
   */
  @Override
  public void serialize(TlWriter w) {
    w.writeRaw(bytes);
  }

  /**
   * Visits one field, {@code "bytes"}, holding all the bytes.
   *
   * @param v the visitor
   */
  @Override
  public void visitFields(TlFieldVisitor v) {
    v.field("bytes", bytes);
  }
}

package dev.tlkit.runtime;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What the runtime knows of one generated schema while it decodes: the TL names of the schema's
 * ids, so that an unexpected constructor is named in the error ({@code expected Peer, found
 * user#4b46c37e}), and whether the schema has {@code gzip_packed}, which a boxed value may then come
 * wrapped in. Each generated {@code Tl} class holds the one of its schema, {@code Tl.SCHEMA}, and
 * every generated decoder of a boxed value passes it to {@link TlReader#readBoxed(int, String,
 * TlSchema)} or {@link TlReader#readAnyBoxed(TlSchema)}.
 */
public final class TlSchema {
  private final IntFunction<String> names;
  private final boolean gzipPacked;
  private final int gzipPackedId;

  /**
   * A schema without {@code gzip_packed}.
   *
   * @param names the TL name of the constructor or function with an id, or null if the schema has none
   */
  public TlSchema(IntFunction<String> names) {
    this(names, false, 0);
  }

  /**
   * A schema whose {@code gzip_packed} has {@code gzipPackedId} ({@link TlIds#GZIP_PACKED} in
   * MTProto's): a boxed value may come as it.
   *
   * @param names the TL name of the constructor or function with an id, or null if the schema has none
   * @param gzipPackedId the id of the schema's {@code gzip_packed}
   */
  public TlSchema(IntFunction<String> names, int gzipPackedId) {
    this(names, true, gzipPackedId);
  }

  private TlSchema(IntFunction<String> names, boolean gzipPacked, int gzipPackedId) {
    this.names = Objects.requireNonNull(names, "names");
    this.gzipPacked = gzipPacked;
    this.gzipPackedId = gzipPackedId;
  }

  /**
   * Tells whether an id read where a boxed value was expected is this schema's {@code gzip_packed}.
   *
   * @param id the id read
   * @return true if the schema has {@code gzip_packed} and that is its id
   */
  public boolean isGzipPacked(int id) {
    return gzipPacked && id == gzipPackedId;
  }

  /**
   * Returns the TL name of an id of this schema.
   *
   * @param id a constructor or function id
   * @return its TL name, or null if the schema has no such id
   */
  public String nameOf(int id) {
    return names.apply(id);
  }

  /**
   * Creates (does not throw) the error for constructor {@code id}, read at {@code offset} where a
   * value of {@code expected} was expected.
   *
   * @param id the id found
   * @param expected what was expected: a type name ({@code "Peer"}) or {@code "any object"}
   * @param offset where the id starts
   * @return the exception, its message naming the id found
   */
  public TlDecodeException unexpected(int id, String expected, int offset) {
    String name = nameOf(id);
    String found = name == null
        ? "unknown constructor id " + TlIds.hex(id)
        : name + "#" + TlIds.hex(id);
    return new TlDecodeException("expected " + expected + ", found " + found, offset);
  }
}

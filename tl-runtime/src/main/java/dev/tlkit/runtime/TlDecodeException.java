package dev.tlkit.runtime;

/**
 * Bytes that are not valid TL for the type being read: truncated, a wrong constructor id, an
 * impossible length or count, nesting too deep, corrupt gzip. The only exception {@link TlReader}
 * lets escape on hostile input.
 *
 * <p>It says where: the {@linkplain #offset() offset} of the offending bytes and, as generated
 * decoders rethrow it through {@link #within(String)} on the way up, the {@linkplain #path() path}
 * of fields that led there, for example {@code "at offset 40 in message.media.photo: truncated:
 * need 8 bytes for long at offset 40, 3 remain"}.
 */
public class TlDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int offset;
  private final String path;

  /**
   * Creates an exception for a problem found at {@code offset}, with no path yet.
   *
   * @param message what is wrong
   * @param offset where in the bytes being read
   */
  public TlDecodeException(String message, int offset) {
    this(message, offset, "", null);
  }

  /**
   * Creates an exception for a problem found at {@code offset} that {@code cause} revealed.
   *
   * @param message what is wrong
   * @param offset where in the bytes being read
   * @param cause the lower-level exception, for example a {@code ZipException}
   */
  public TlDecodeException(String message, int offset, Throwable cause) {
    this(message, offset, "", cause);
  }

  private TlDecodeException(String reason, int offset, String path, Throwable cause) {
    super(format(reason, offset, path), cause);
    this.reason = reason;
    this.offset = offset;
    this.path = path;
  }

  private static String format(String reason, int offset, String path) {
    return "at offset " + offset + (path.isEmpty() ? "" : " in " + path) + ": " + reason;
  }

  /**
   * Returns where in the bytes the problem was found: an index into the array the {@link
   * TlReader} reads (for data inside {@code gzip_packed}, into the inflated bytes).
   *
   * @return the offset
   */
  public int offset() {
    return offset;
  }

  /**
   * Returns the fields that led to the problem, outermost first, for example {@code
   * "message.media.photo"}.
   *
   * @return the path, or {@code ""} if unknown
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong, without the offset and path that {@link #getMessage()} adds.
   *
   * @return the message given to the constructor
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns an exception like this one whose path has {@code segment} in front: {@code segment +
   * "." + path()}, or just {@code segment} if the path was empty. A path starting with {@code '['}
   * (a list index) is joined without the dot, so {@code within("users")} on {@code "[3].photo"}
   * gives {@code "users[3].photo"}. The offset, cause and stack trace are kept.
   *
   * @param segment a field name or list index, for example {@code "media"} or {@code "[3]"}
   * @return the new exception, to be thrown instead of this one
   */
  public TlDecodeException within(String segment) {
    String joined = path.isEmpty() ? segment
        : path.startsWith("[") ? segment + path
        : segment + "." + path;
    TlDecodeException e = new TlDecodeException(reason, offset, joined, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  /**
   * Returns an exception like this one whose path starts with a field and, if {@code index} is not
   * negative, the index of the list element being read: {@code within("users", 3)} on
   * {@code "photo"} gives {@code "users[3].photo"}; {@code within("users", -1)} is
   * {@code within("users")}. Generated decoders call it with the field being read.
   *
   * @param field a field name, for example {@code "users"}
   * @param index the index of the element of that list field being read, or -1
   * @return the new exception, to be thrown instead of this one
   */
  public TlDecodeException within(String field, int index) {
    return index < 0 ? within(field) : within("[" + index + "]").within(field);
  }
}

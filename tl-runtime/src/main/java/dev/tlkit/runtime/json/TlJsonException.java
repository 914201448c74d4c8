package dev.tlkit.runtime.json;

/**
 * JSON that is not a TL value: malformed text, an unknown constructor, one of the wrong type, a
 * missing or unknown field, a value of the wrong kind or out of range, bad hex or base64, nesting
 * or an array beyond the reader's limits. The one exception reading JSON throws; nothing is built
 * when it is thrown.
 *
 * <p>The message says where: {@code messages[3].media.photo.id: expected a long as a decimal
 * string, found a number (line 1, column 212)}.
 */
public class TlJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The path of the value, or "" for the outermost one. */
  private final String path;
  private final String reason;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the value at fault, such as {@code messages[3].media}; "" for the
   *     outermost value
   * @param reason what is wrong
   * @param line the line, from 1; 0 if unknown
   * @param column the column, from 1; 0 if unknown
   */
  public TlJsonException(String path, String reason, int line, int column) {
    this(path, reason, line, column, null);
  }

  /**
   * Creates the exception with the error that caused it.
   *
   * @param path the JSON path of the value at fault
   * @param reason what is wrong
   * @param line the line, from 1; 0 if unknown
   * @param column the column, from 1; 0 if unknown
   * @param cause the parser's exception, or null
   */
  public TlJsonException(String path, String reason, int line, int column, Throwable cause) {
    super((path.isEmpty() ? "" : path + ": ") + reason
        + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
    this.path = path;
    this.reason = reason;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the JSON path of the value at fault.
   *
   * @return for example {@code messages[3].media.photo.id}; "" for the outermost value
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong, without the path and the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the line where the fault was found.
   *
   * @return the line, from 1; 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the fault was found.
   *
   * @return the column, from 1; 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns this error at {@code path}, if it has no path yet: what the reader does with the
   * syntax errors an {@link JsonInput} throws.
   *
   * @param path the path where the reader was
   * @return an exception with that path, or this one if it had a path
   */
  public TlJsonException at(String path) {
    if (!this.path.isEmpty() || path.isEmpty()) {
      return this;
    }
    return new TlJsonException(path, reason, line, column, getCause());
  }
}

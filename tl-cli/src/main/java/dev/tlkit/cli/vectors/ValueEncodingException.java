package dev.tlkit.cli.vectors;

/**
 * A JSON value that does not fit its TL type: a missing field, a number out of range, an unknown
 * constructor. Says where, as a JSON path such as {@code value.user_id.access_hash} or
 * {@code value.users[2]}.
 */
public final class ValueEncodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  public ValueEncodingException(String path, String problem) {
    super("at " + path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** Where in the value, for example {@code value.user_id.access_hash}. */
  public String path() {
    return path;
  }

  /** What is wrong, without the path. */
  public String problem() {
    return problem;
  }
}

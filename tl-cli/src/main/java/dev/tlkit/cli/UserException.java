package dev.tlkit.cli;

/**
 * A failure caused by the input, not by tlc: a file that cannot be read, hex that is not hex, bytes
 * that do not decode. {@link Tlc} prints its message as one {@code error:} line and exits with 1.
 */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }

  UserException(String message, Throwable cause) {
    super(message, cause);
  }
}

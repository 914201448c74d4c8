package dev.tlkit.maven;

/** The schema cannot be generated: the message lists every error, one per line. */
public final class GenerationFailure extends Exception {
  private static final long serialVersionUID = 1L;

  public GenerationFailure(String message) {
    super(message);
  }
}

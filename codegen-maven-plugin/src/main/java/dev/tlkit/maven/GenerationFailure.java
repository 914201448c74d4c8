package dev.tlkit.maven;

/**
 * The schema cannot be turned into Java: schema errors (each as {@code file:line:col: error: ...}
 * with its source line and a caret) or generator problems (name clashes), all of them, one per line.
 */
public final class GenerationFailure extends Exception {
  private static final long serialVersionUID = 1L;

  public GenerationFailure(String message) {
    super(message);
  }
}

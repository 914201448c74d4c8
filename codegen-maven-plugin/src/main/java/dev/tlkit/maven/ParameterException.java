package dev.tlkit.maven;

/**
 * A plugin parameter has a value that cannot work. The message starts with the parameter's name, as
 * a user writes it in the pom, so the build output says what to fix.
 */
public final class ParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ParameterException(String parameter, String problem) {
    super(parameter + ": " + problem);
  }
}

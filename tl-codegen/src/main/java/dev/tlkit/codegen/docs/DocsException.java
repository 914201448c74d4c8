package dev.tlkit.codegen.docs;

/** A docs file that cannot be read: not JSON, or not the docs format. The message names file, line and column. */
public final class DocsException extends Exception {
  private static final long serialVersionUID = 1L;

  public DocsException(String message) {
    super(message);
  }
}

package dev.tlkit.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A schema that cannot be used: every error found, in file and line order. The only exception the
 * parser and linker throw for bad input.
 */
public final class SchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> errors;

  public SchemaException(List<Diagnostic> errors) {
    super(errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<Diagnostic> errors() {
    return errors;
  }
}

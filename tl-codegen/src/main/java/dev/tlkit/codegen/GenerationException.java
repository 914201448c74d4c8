package dev.tlkit.codegen;

import java.util.List;

/** The schema is valid TL but cannot become Java: every problem found, each naming the definitions. */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public GenerationException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

package dev.tlkit.codegen.run;

import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.docs.DocsException;
import dev.tlkit.schema.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a schema could not be loaded or generated, with every problem found. Nothing was written:
 * a {@link GenerationRun} fails before it touches the output directory.
 *
 * <p>Two renderings, one per kind of tool: {@link #getMessage()} is one message for a build tool
 * to fail with ({@code 2 schema errors:} and each error below it), {@link #lines()} are the lines
 * a command-line tool prints to standard error, compiler style (each error, then {@code 2 errors}).
 */
public final class GenerationFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** What failed. */
  public enum Kind {
    /** A schema file cannot be read (missing, a directory, not UTF-8 text). */
    UNREADABLE,
    /** The schema has errors; each problem is a {@link Diagnostic#format() formatted} diagnostic. */
    SCHEMA_ERRORS,
    /** The docs file is malformed; the problem names its file, line and column. */
    DOCS_ERROR,
    /** The schema is valid TL but cannot become Java (names that clash). */
    NOT_JAVA
  }

  private final Kind kind;
  private final transient List<String> problems;

  private GenerationFailure(Kind kind, List<String> problems) {
    super(message(kind, problems));
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  static GenerationFailure unreadable(String problem) {
    return new GenerationFailure(Kind.UNREADABLE, List.of(problem));
  }

  static GenerationFailure schemaErrors(List<Diagnostic> errors) {
    return new GenerationFailure(Kind.SCHEMA_ERRORS, errors.stream().map(Diagnostic::format).toList());
  }

  static GenerationFailure docs(DocsException e) {
    return new GenerationFailure(Kind.DOCS_ERROR, List.of(e.getMessage()));
  }

  static GenerationFailure notJava(GenerationException e) {
    return new GenerationFailure(Kind.NOT_JAVA, e.problems());
  }

  public Kind kind() {
    return kind;
  }

  /** Each problem as it is printed: a diagnostic with its line and caret, a docs file position, a clash. */
  public List<String> problems() {
    return problems;
  }

  /**
   * The report for a terminal: problems that carry no {@code file:line:col: error:} of their own get
   * {@code error: }, and several-problem failures end with their count, as a compiler's do.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    switch (kind) {
      case UNREADABLE -> problems.forEach(p -> lines.add("error: " + p));
      case DOCS_ERROR -> lines.addAll(problems);
      case SCHEMA_ERRORS -> {
        lines.addAll(problems);
        lines.add(count(problems.size(), "error"));
      }
      case NOT_JAVA -> {
        problems.forEach(p -> lines.add("error: " + p));
        lines.add(count(problems.size(), "error"));
      }
    }
    return lines;
  }

  private static String message(Kind kind, List<String> problems) {
    String all = String.join("\n", problems);
    return switch (kind) {
      case UNREADABLE -> all;
      case SCHEMA_ERRORS -> count(problems.size(), "schema error") + ":\n" + all;
      case DOCS_ERROR -> "docs file error:\n" + all;
      case NOT_JAVA -> "the schema cannot become Java:\n" + all;
    };
  }

  /** {@code 1 file}, {@code 2 files}: for messages. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

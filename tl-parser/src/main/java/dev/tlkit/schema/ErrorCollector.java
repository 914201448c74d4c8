package dev.tlkit.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the errors and warnings of one load, so that a user sees every problem of a schema at
 * once. Each {@link Diagnostic} gets the text of the line it points into, so that it can show a
 * caret; lines are split only when a file has something to report.
 */
public final class ErrorCollector {
  /** After this many errors in one load, more would only bury the first ones. */
  public static final int MAX_ERRORS = 200;

  private final Map<String, String> sources = new HashMap<>();
  private final Map<String, Integer> fileOrder = new HashMap<>();
  private final Map<String, String[]> lines = new HashMap<>();
  private final List<Diagnostic> errors = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();

  /** Registers a file's text, for source lines; files sort in the order they are added. */
  public void addSource(String file, String text) {
    sources.put(file, text);
    fileOrder.putIfAbsent(file, fileOrder.size());
  }

  public void error(Location location, String message) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(diagnostic(Diagnostic.Severity.ERROR, location, message));
    }
  }

  public void warning(Location location, String message) {
    warnings.add(diagnostic(Diagnostic.Severity.WARNING, location, message));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The errors, sorted by file (in load order), line and column. */
  public List<Diagnostic> errors() {
    return sorted(errors);
  }

  /** The warnings, sorted like {@link #errors()}. */
  public List<Diagnostic> warnings() {
    return sorted(warnings);
  }

  /** Throws all errors found so far as one {@link SchemaException}, if there are any. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new SchemaException(errors());
    }
  }

  private Diagnostic diagnostic(Diagnostic.Severity severity, Location location, String message) {
    return new Diagnostic(severity, location, message, sourceLine(location));
  }

  private String sourceLine(Location location) {
    String text = sources.get(location.file());
    if (text == null) {
      return "";
    }
    String[] fileLines = lines.computeIfAbsent(location.file(), f -> text.split("\n", -1));
    int index = location.line() - 1;
    if (index < 0 || index >= fileLines.length) {
      return "";
    }
    // Lines are counted at '\n' as the lexer counts them; a CR before it is not shown.
    String line = fileLines[index];
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.sort(Comparator.comparingInt((Diagnostic d) ->
            fileOrder.getOrDefault(d.location().file(), Integer.MAX_VALUE))
        .thenComparing(d -> d.location().file())
        .thenComparingInt(d -> d.location().line())
        .thenComparingInt(d -> d.location().column()));
    return copy;
  }
}

package dev.tlkit.schema;

/**
 * An error or a warning about a schema, at a location. {@link #format()} gives the form every tool
 * prints: {@code file:line:col: error: message}, then the source line and a caret under the column.
 *
 * @param sourceLine the text of the line the location points into ("" if unknown)
 */
public record Diagnostic(Severity severity, Location location, String message, String sourceLine) {

  public enum Severity {
    ERROR,
    WARNING;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** {@code file:line:col: error: message}, the source line, and a caret under the column. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(location).append(": ").append(severity.label()).append(": ").append(message);
    if (!sourceLine.isEmpty()) {
      sb.append('\n').append(sourceLine).append('\n');
      // Tabs stay tabs so the caret lines up in a terminal.
      for (int i = 0; i < location.column() - 1 && i < sourceLine.length(); i++) {
        sb.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
      }
      sb.append('^');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}

package dev.tlkit.schema;

/**
 * A place in a schema file. Lines and columns are 1-based, as editors count them, so that
 * {@code file:line:col} can be pasted into any IDE's "go to" box.
 */
public record Location(String file, int line, int column) {

  public static Location of(String file, int line, int column) {
    return new Location(file, line, column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}

package dev.tlkit.maven;

/** Where {@link SchemaGeneration} reports: Maven's log in a build, a list in tests. */
public interface BuildLog {
  void info(String message);

  void warn(String message);
}

package dev.tlkit.maven;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the schema files of a build: explicit files, or the files of a directory that match the
 * includes and none of the excludes (Ant-style globs such as {@code **}{@code /*.tl}). The result is
 * sorted by path, so generation never depends on the order a file system lists a directory in.
 */
final class SchemaSources {
  private SchemaSources() {}

  static List<Path> explicit(List<Path> files) throws GenerationFailure {
    List<Path> result = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new GenerationFailure("schemaFiles: " + f + " is not a readable file");
      }
      result.add(f.toAbsolutePath().normalize());
    }
    result.sort(null);
    return result;
  }

  static List<Path> scan(Path directory, List<String> includes, List<String> excludes) throws GenerationFailure {
    if (!Files.isDirectory(directory)) {
      throw new GenerationFailure("schemaDirectory: " + directory + " is not a directory");
    }
    FileSystem fs = FileSystems.getDefault();
    List<PathMatcher> in = matchers(fs, includes);
    List<PathMatcher> out = matchers(fs, excludes);
    List<Path> result = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (!Files.isRegularFile(p)) {
          continue;
        }
        Path relative = directory.relativize(p);
        if (matchesAny(in, relative) && !matchesAny(out, relative)) {
          result.add(p.toAbsolutePath().normalize());
        }
      }
    } catch (IOException e) {
      throw new GenerationFailure("schemaDirectory: cannot list " + directory + ": " + e.getMessage());
    }
    result.sort(null);
    return result;
  }

  private static List<PathMatcher> matchers(FileSystem fs, List<String> globs) {
    List<PathMatcher> result = new ArrayList<>();
    for (String glob : globs) {
      result.add(fs.getPathMatcher("glob:" + glob));
      // Ant's "**/" also matches no directory at all: "**/*.tl" includes "api.tl".
      if (glob.startsWith("**/")) {
        result.add(fs.getPathMatcher("glob:" + glob.substring(3)));
      }
    }
    return result;
  }

  private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }
}

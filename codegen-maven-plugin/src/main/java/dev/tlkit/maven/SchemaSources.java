package dev.tlkit.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * The schema files of one generation, linked together as one schema: either files named one by
 * one, or the files of a directory that match the includes and none of the excludes. Always sorted
 * by path, so the output never depends on the order in which a file system lists a directory, nor
 * on the order of a list in a pom.
 *
 * @param files absolute, normalized paths, sorted
 */
public record SchemaSources(List<Path> files) {

  public SchemaSources {
    files = files.stream().map(f -> f.toAbsolutePath().normalize()).sorted().distinct().toList();
  }

  /** Files named one by one; each must exist. */
  public static SchemaSources explicit(List<Path> files) {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new ParameterException("schemaFiles", f + " is not a file");
      }
    }
    if (files.isEmpty()) {
      throw new ParameterException("schemaFiles", "no file given");
    }
    return new SchemaSources(files);
  }

  /**
   * The files under {@code directory} whose path relative to it matches one of {@code includes} and
   * none of {@code excludes} (see {@link #matches}). Finding none is an error: a build that
   * generates nothing is almost always a misconfigured one.
   */
  public static SchemaSources scan(Path directory, List<String> includes, List<String> excludes) {
    if (!Files.isDirectory(directory)) {
      throw new ParameterException("schemaDirectory", directory + " is not a directory");
    }
    List<Path> found;
    try (Stream<Path> walk = Files.walk(directory)) {
      found = walk.filter(Files::isRegularFile)
          .filter(p -> {
            String relative = directory.relativize(p).toString().replace('\\', '/');
            return includes.stream().anyMatch(pattern -> matches(pattern, relative))
                && excludes.stream().noneMatch(pattern -> matches(pattern, relative));
          })
          .toList();
    } catch (IOException e) {
      throw new ParameterException("schemaDirectory", "cannot list " + directory + ": " + e.getMessage());
    }
    if (found.isEmpty()) {
      throw new ParameterException("schemaDirectory", "no file in " + directory + " matches includes "
          + includes + (excludes.isEmpty() ? "" : " and not excludes " + excludes));
    }
    return new SchemaSources(found);
  }

  /**
   * Whether a path relative to the scanned directory, with {@code /} separators, matches an
   * Ant-style pattern as Maven's own includes do (plexus-utils' {@link SelectorUtils#matchPath}, as
   * its {@code DirectoryScanner} uses it): {@code *} is any part of a name, {@code ?} one
   * character, {@code **} any number of directories, none included, so {@code **}{@code /*.tl}
   * matches {@code api.tl} as well as {@code telegram/api.tl}; {@code %regex[...]} is a regular
   * expression. As for the scanner, {@code \} is a separator too and {@code dir/} means everything
   * under {@code dir}; a leading {@code /} is dropped, the path being relative anyway.
   */
  static boolean matches(String pattern, String relativePath) {
    String p = pattern.trim();
    if (!p.startsWith(SelectorUtils.REGEX_HANDLER_PREFIX)) {
      p = p.replace('\\', '/');
      while (p.startsWith("/")) {
        p = p.substring(1);
      }
      if (p.endsWith("/")) {
        p += "**";
      }
    }
    return SelectorUtils.matchPath(p, relativePath, "/", true);
  }

  public int size() {
    return files.size();
  }
}

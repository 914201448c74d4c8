package dev.tlkit.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern, as Maven users write includes and excludes: {@code *} is any part of a
 * name, {@code ?} one character, and {@code **} any number of directories, none included, so
 * {@code **}{@code /*.tl} matches {@code api.tl} as well as {@code telegram/api.tl}. (Java's
 * {@code glob:} syntax differs exactly there: its {@code **}{@code /} needs at least one directory.)
 */
final class AntPattern {
  private final Pattern regex;

  private AntPattern(Pattern regex) {
    this.regex = regex;
  }

  static AntPattern of(String pattern) {
    String p = pattern.trim().replace('\\', '/');
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.endsWith("/")) {
      p += "**"; // Ant: "dir/" means everything under dir
    }
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      if (p.startsWith("**/", i)) {
        re.append("(?:.*/)?");
        i += 3;
      } else if (p.startsWith("**", i)) {
        re.append(".*");
        i += 2;
      } else {
        char c = p.charAt(i++);
        re.append(switch (c) {
          case '*' -> "[^/]*";
          case '?' -> "[^/]";
          default -> Pattern.quote(String.valueOf(c));
        });
      }
    }
    return new AntPattern(Pattern.compile(re.toString()));
  }

  /** Whether a path relative to the scanned directory, with {@code /} separators, matches. */
  boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }
}

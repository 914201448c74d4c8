package dev.tlkit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaSourcesTest {
  @TempDir
  Path dir;

  /** What the README and the parameters' documentation promise, as plexus-utils matches it. */
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "**/*.tl,        api.tl,                true",
      "**/*.tl,        telegram/api.tl,       true",
      "**/*.tl,        a/b/c/api.tl,          true",
      "**/*.tl,        api.tl.bak,            false",
      "**/*.tl,        api.tlx,               false",
      "*.tl,           api.tl,                true",
      "*.tl,           telegram/api.tl,       false",
      "telegram/**,    telegram/api.tl,       true",
      "telegram/**,    telegram/x/api.tl,     true",
      "telegram/**,    ton/api.tl,            false",
      "telegram/,      telegram/api.tl,       true",
      "**/old/**,      old/api.tl,            true",
      "**/old/**,      a/old/b/api.tl,        true",
      "**/old/**,      a/older/api.tl,        false",
      "a?i.tl,         api.tl,                true",
      "a?i.tl,         a/i.tl,                false",
      "/api.tl,        api.tl,                true",
      "td_api.tl,      td_api.tl,             true",
      "td.api.tl,      td_api.tl,             false",
      "API.tl,         api.tl,                false",
      "'**\\*.tl',     x/api.tl,              true",
      "'%regex[.*_api\\.tl]', ton/lite_api.tl, true",
      "'%regex[.*_api\\.tl]', ton/lite.tl,     false",
  })
  void matchesLikeMavensIncludes(String pattern, String path, boolean matches) {
    assertEquals(matches, SchemaSources.matches(pattern, path));
  }

  @Test
  void scansIncludesMinusExcludesSortedByPath() throws Exception {
    for (String f : List.of("z.tl", "a.tl", "sub/m.tl", "old/x.tl", "notes.txt")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), "");
    }

    SchemaSources sources = SchemaSources.scan(dir, List.of("**/*.tl"), List.of("old/**"));

    assertEquals(List.of(dir.resolve("a.tl"), dir.resolve("sub/m.tl"), dir.resolve("z.tl")), sources.files());
  }

  @Test
  void explicitFilesAreSortedToo() throws Exception {
    Path b = Files.writeString(dir.resolve("b.tl"), "");
    Path a = Files.writeString(dir.resolve("a.tl"), "");

    assertEquals(List.of(a, b), SchemaSources.explicit(List.of(b, a)).files());
  }

  @Test
  void problemsNameTheParameter() throws Exception {
    assertMessage("schemaDirectory: " + dir.resolve("missing") + " is not a directory",
        () -> SchemaSources.scan(dir.resolve("missing"), List.of("**/*.tl"), List.of()));
    assertMessage("schemaDirectory: no file in " + dir + " matches includes [**/*.tl]",
        () -> SchemaSources.scan(dir, List.of("**/*.tl"), List.of()));
    assertMessage("schemaFiles: " + dir.resolve("nope.tl") + " is not a file",
        () -> SchemaSources.explicit(List.of(dir.resolve("nope.tl"))));
  }

  private static void assertMessage(String expected, Runnable action) {
    ParameterException e = assertThrows(ParameterException.class, action::run);
    assertEquals(expected, e.getMessage());
    assertTrue(e.getMessage().contains(":"));
  }
}

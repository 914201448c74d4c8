package dev.tlkit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AntPatternTest {
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
      "'**\\*.tl',     x/api.tl,              true",
  })
  void matchesLikeAnt(String pattern, String path, boolean matches) {
    assertEquals(matches, AntPattern.of(pattern).matches(path));
  }
}

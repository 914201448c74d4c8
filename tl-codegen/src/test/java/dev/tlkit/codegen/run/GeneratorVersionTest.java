package dev.tlkit.codegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorVersionTest {
  @Test
  void isTheToolsVersionPlusAHashOfTheGeneratorsCode() {
    String version = GeneratorVersion.of("1.2.3");

    assertTrue(version.matches("1\\.2\\.3\\+[0-9a-f]{16}"), version);
    assertEquals(version, GeneratorVersion.of("1.2.3"));
    assertNotEquals(version, GeneratorVersion.of("1.2.4"));
  }
}

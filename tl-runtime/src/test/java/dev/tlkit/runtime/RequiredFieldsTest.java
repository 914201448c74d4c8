package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RequiredFieldsTest {
  @Test
  void everyMissingFieldIsNamedInOrder() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RequiredFields.check("user", null, "id (id)", "x", "name (name)", null, "photo (photo)"));
    assertEquals("user: required fields id (id), photo (photo) are not set", e.getMessage());
  }

  @Test
  void oneMissingFieldIsNamedAlone() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RequiredFields.check("user", 1L, "id (id)", null, "name (name)"));
    assertEquals("user: required field name (name) is not set", e.getMessage());
  }

  @Test
  void nothingMissingPasses() {
    assertDoesNotThrow(() -> RequiredFields.check("user", 1L, "id (id)", "x", "name (name)"));
    assertDoesNotThrow(() -> RequiredFields.check("inputPeerEmpty"));
  }
}

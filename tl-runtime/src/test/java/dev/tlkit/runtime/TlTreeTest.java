package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The tree {@code tlc decode} prints, of a raw object. The tree of generated objects is specified
 * in generated-api ({@code dev.tlkit.telegram.runtime.TlTreeOfGeneratedObjectsTest}): tl-runtime
 * cannot depend on the generator.
 */
class TlTreeTest {
  @Test
  void rawObjectsShowTheirBytes() {
    assertEquals("?\n  bytes: 15c4b51c00000000 (8 bytes)\n",
        TlTree.print(new TlRawObject(TlBytes.ofHex("15c4b51c00000000"))));
  }
}

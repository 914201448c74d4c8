package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * What {@link TlJson} refuses. The JSON form of objects is specified in generated-api, on
 * generated objects ({@code dev.tlkit.telegram.runtime.TlJsonOfGeneratedObjectsTest}): tl-runtime
 * cannot depend on the generator.
 */
class TlJsonTest {
  @Test
  void valuesOutsideTheMappingAreRejected() {
    // No generated record holds such a value; a hand-written TlRecord can.
    TlRecord o = new TlRecord() {
      @Override
      public String tlName() {
        return "x";
      }

      @Override
      public void visitFields(TlFieldVisitor v) {
        v.field("v", new Object());
      }
    };
    assertThrows(IllegalArgumentException.class, () -> TlJson.toJson(o));
  }
}

package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an explicit id that differs from the computed one means under each policy. */
class IdPolicyTest {
  // inputPeerEmpty = InputPeer gives 7f3b18ea; this one pins another id.
  private static final String PINNED = "inputPeerEmpty#12345678 = InputPeer;\n";

  @Test
  void strictMakesItAnErrorShowingBothIdsAndTheText() {
    SchemaException e = assertThrows(SchemaException.class, () -> load(PINNED, SchemaOptions.DEFAULT));

    assertEquals("p.tl:1:1: error: constructor 'inputPeerEmpty' has id #12345678, but its text gives "
            + "#7f3b18ea (CRC32 of \"inputPeerEmpty = InputPeer\"); if the id is right, accept it with "
            + "'// tlkit:allow-id-mismatch' on the line before it, or by name: tlc's "
            + "--allow-id-mismatch, the Maven plugin's allowedIdMismatches",
        e.errors().get(0).format().lines().findFirst().orElseThrow());
  }

  @Test
  void warnMakesItAWarningAndKeepsTheExplicitId() {
    Schema schema = load(PINNED, SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.WARN));

    assertEquals(1, schema.warnings().size());
    assertEquals(Diagnostic.Severity.WARNING, schema.warnings().get(0).severity());
    assertEquals(0x12345678, schema.constructors().get(0).id());
    assertEquals(0x7f3b18ea, schema.constructors().get(0).computedId());
  }

  @Test
  void trustIsSilent() {
    Schema schema = load(PINNED, SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.TRUST));

    assertTrue(schema.warnings().isEmpty());
    assertEquals(0x12345678, schema.constructors().get(0).id());
  }

  @Test
  void allowedByNameUnderEveryPolicySilently() {
    for (IdPolicy policy : IdPolicy.values()) {
      Schema schema = load(PINNED, new SchemaOptions(policy, Set.of("inputPeerEmpty")));
      assertTrue(schema.warnings().isEmpty(), policy::name);
    }
  }

  @Test
  void allowedByACommentOnTheLineBefore() {
    Schema schema = load("// tlkit:allow-id-mismatch\n" + PINNED, SchemaOptions.DEFAULT);

    assertEquals(0x12345678, schema.constructors().get(0).id());
  }

  @Test
  void allowedByACommentAtTheEndOfItsLine() {
    Schema schema = load(
        "inputPeerEmpty#12345678 = InputPeer; // tlkit:allow-id-mismatch (pinned by the server)\n",
        SchemaOptions.DEFAULT);

    assertEquals(0x12345678, schema.constructors().get(0).id());
    assertTrue(schema.warnings().isEmpty());
  }

  @Test
  void aCommentAllowsOnlyItsOwnDefinition() {
    String text = "inputPeerSelf = InputPeer; // tlkit:allow-id-mismatch\n"
        + "inputPeerEmpty#12345678 = InputPeer;\n"
        + "// tlkit:allow-id-mismatch\n\n"
        + "inputPeerChat#12345679 chat_id:long = InputPeer;\n";
    SchemaException e = assertThrows(SchemaException.class, () -> load(text, SchemaOptions.DEFAULT));

    assertEquals(Set.of("inputPeerEmpty", "inputPeerChat"), TestSchemas.names(e.errors()));
  }

  /** Two ids that match their text and collide would be an error; a pinned copy is not. */
  @Test
  void aPinnedIdMayRepeatAnotherDefinitionsId() {
    String text = "---functions---\n"
        + "invokeWithReCaptcha#adbb0f94 {X:Type} token:string query:!X = X;\n"
        + "invokeWithReCaptchaPrefix#adbb0f94 token:string = Error;\n"
        + "---types---\nerror code:int text:string = Error;\n";
    Schema schema = load(text, SchemaOptions.DEFAULT.withAllowedIdMismatches(
        Set.of("invokeWithReCaptchaPrefix")));

    assertEquals(schema.functions().get(0).id(), schema.functions().get(1).id());
    assertThrows(SchemaException.class, () -> load(text, SchemaOptions.DEFAULT));
  }

  private static Schema load(String text, SchemaOptions options) {
    return new SchemaLoader(options).add("p.tl", text).load();
  }
}

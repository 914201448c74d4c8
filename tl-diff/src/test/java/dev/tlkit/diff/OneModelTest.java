package dev.tlkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.GeneratedFile;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaGenerator;
import dev.tlkit.codegen.NamingRules;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The diff's verdicts come from the model the generator writes its files from: change a naming
 * rule, and what the generator writes and what the diff says both follow.
 */
class OneModelTest {
  private static final Schema OLD = Schemas.tl("old.tl",
      "peerUser#00000001 user_id:long = Peer;",
      "peerChat#00000002 chat_id:long = Peer;");
  /** {@code user_id} renamed {@code userId}: no byte changes, and under tlkit's scheme no Java either. */
  private static final Schema NEW = Schemas.tl("new.tl",
      "peerUser#00000001 userId:long = Peer;",
      "peerChat#00000002 chat_id:long = Peer;");

  private static final GeneratorOptions STANDARD = new GeneratorOptions("p");

  /** A scheme that keeps TL names for components and puts "Any" after an interface's name. */
  private static final GeneratorOptions TL_NAMES = STANDARD.withNaming(new NamingRules() {
    @Override
    public String className(Combinator definition) {
      return NamingRules.STANDARD.className(definition);
    }

    @Override
    public String interfaceName(TlType type) {
      return type.name() + "Any";
    }

    @Override
    public String componentName(String tlName) {
      return tlName;
    }
  });

  @Test
  void underTheStandardSchemeTheRenameIsInvisibleInJava() {
    assertTrue(generated(OLD, STANDARD).get("p/PeerUser.java").contains("long userId"));
    assertTrue(generated(NEW, STANDARD).get("p/PeerUser.java").contains("long userId"));

    FieldChange rename = onlyFieldChange(SchemaDiff.compare(OLD, NEW, STANDARD));
    assertEquals(FieldChange.Kind.RENAMED, rename.kind());
    assertEquals(Impact.Source.COMPATIBLE, rename.impact().source());
    assertEquals("the Java name stays userId", rename.impact().sourceWhy());
  }

  @Test
  void underASchemeThatKeepsTlNamesTheRenameBreaksJava() {
    Map<String, String> before = generated(OLD, TL_NAMES);
    Map<String, String> after = generated(NEW, TL_NAMES);
    assertTrue(before.get("p/PeerUser.java").contains("long user_id"), before.get("p/PeerUser.java"));
    assertTrue(after.get("p/PeerUser.java").contains("long userId"), after.get("p/PeerUser.java"));
    assertTrue(before.containsKey("p/PeerAny.java"), before.keySet().toString());

    SchemaChanges changes = SchemaDiff.compare(OLD, NEW, TL_NAMES);
    FieldChange rename = onlyFieldChange(changes);
    assertEquals(FieldChange.Kind.RENAMED, rename.kind());
    assertEquals(Impact.Source.BREAKING, rename.impact().source());
    assertEquals("its accessor and setter user_id() become userId()", rename.impact().sourceWhy());
    assertTrue(changes.hasBreaking());
  }

  /** Interface names in the diff's reasons are the generator's, whatever the scheme. */
  @Test
  void typeVerdictsNameTheGeneratedInterface() {
    Schema oneConstructor = Schemas.tl("one.tl", "peerUser#00000001 user_id:long = Peer;");

    assertEquals("its sealed interface PeerAny is gone: its Java type becomes record PeerUser",
        SchemaDiff.compare(OLD, oneConstructor, TL_NAMES).types().get(0).impact().sourceWhy());
    assertEquals("its sealed interface TypePeer is gone: its Java type becomes record PeerUser",
        SchemaDiff.compare(OLD, oneConstructor, STANDARD).types().get(0).impact().sourceWhy());
    assertTrue(generated(OLD, STANDARD).containsKey("p/TypePeer.java"));
  }

  private static FieldChange onlyFieldChange(SchemaChanges changes) {
    assertEquals(1, changes.constructors().size(), changes.constructors().toString());
    assertEquals(1, changes.constructors().get(0).fields().size());
    return changes.constructors().get(0).fields().get(0);
  }

  private static Map<String, String> generated(Schema schema, GeneratorOptions options) {
    return new JavaGenerator(schema, options).generate().stream()
        .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
  }
}

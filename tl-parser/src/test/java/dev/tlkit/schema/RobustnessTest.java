package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the text, loading gives a schema or a {@link SchemaException}, never anything else. */
class RobustnessTest {

  @Test
  void randomTextOnlyEverFailsWithSchemaException() {
    Random random = new Random(42);
    String alphabet = "abcXYZ_.:#?!%<>(){}[]=;*,-/ \n\t0123456789@$\u00e9\u0000";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      loadOrSchemaException(text.toString());
    }
  }

  /** Random sequences of TL's own pieces reach deeper into the grammar than random characters. */
  @Test
  void randomTlTokensOnlyEverFailWithSchemaException() {
    List<String> pieces = List.of("a", "B", "c.d", "x:", ":", "#", "#1cb5c415", "#xyz", "flags.0?",
        "flags:#", "!X", "{X:Type}", "{", "}", "<", ">", "(", ")", "[", "]", ",", "=", ";", "%",
        "?", "4*", "Vector", "vector", "int", "Type", "---types---", "---functions---", "---x---",
        "//@description d\n", "//@class B @description c\n", "//-more\n", "/*", "*/", "\n", " ");
    Random random = new Random(3);
    for (int i = 0; i < 3_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        text.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextBoolean() ? " " : "");
      }
      loadOrSchemaException(text.toString());
    }
  }

  @Test
  void mutatedRealSchemasOnlyEverFailWithSchemaException() {
    String source = TestSchemas.read("mtproto.tl");
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder(source);
      for (int k = 0; k < 1 + random.nextInt(5); k++) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(3)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, "#<>(){};:?=%!".charAt(random.nextInt(13)));
          default -> text.setCharAt(at, (char) (' ' + random.nextInt(95)));
        }
      }
      loadOrSchemaException(text.toString());
    }
  }

  @Test
  void binaryGarbage() {
    Random random = new Random(1);
    byte[] bytes = new byte[100_000];
    random.nextBytes(bytes);
    SchemaException e = loadOrSchemaException(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    assertTrue(e != null && e.errors().size() <= ErrorCollector.MAX_ERRORS);
  }

  @Test
  void deepNestingIsRefusedNotOverflowed() {
    String deep = "a x:" + "Vector<".repeat(100_000) + "int" + ">".repeat(100_000) + " = A;";
    SchemaException e = loadOrSchemaException(deep);

    assertEquals("types nested more than 64 levels deep", e.errors().get(0).message());
    String parens = "a x:" + "(vector ".repeat(50_000) + "int" + ")".repeat(50_000) + " = A;";
    assertFalse(loadOrSchemaException(parens).errors().isEmpty());
  }

  @Test
  void nestingWithinTheLimitParses() {
    String nested = "a x:" + "Vector<".repeat(60) + "int" + ">".repeat(60) + " = A;";
    Schema schema = new SchemaLoader().add("n.tl", nested).load();
    assertEquals(1, schema.constructors().size());
  }

  @Test
  void emptyAndCommentOnlyFilesAreEmptySchemas() {
    for (String text : List.of("", "\n\n", "// nothing\n/* at all */", "---functions---\n")) {
      Schema schema = new SchemaLoader().add("e.tl", text).load();
      assertTrue(schema.constructors().isEmpty() && schema.functions().isEmpty());
    }
  }

  private static SchemaException loadOrSchemaException(String text) {
    try {
      new SchemaLoader().add("fuzz.tl", text).load();
      return null;
    } catch (SchemaException e) {
      assertFalse(e.errors().isEmpty());
      return e;
    }
  }
}

package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The fuzz target of the parser: schemas come from anywhere, so whatever the text, loading it
 * either gives a {@link Schema} or fails with a {@link SchemaException} that lists at least one
 * error; nothing else may escape. A schema that loads prints as TL text that loads and prints as
 * the same text again. (Not to an {@code equals} schema: that compares where each definition was
 * in its file, and printing moves them.)
 *
 * <p>In a normal build it only replays its corpus, {@code
 * src/test/resources/dev/tlkit/schema/SchemaLoaderFuzzTestInputs/anyText/}: the malformed schemas
 * of {@code MalformedSchemasTest}, four small real schemas, and every input that ever made it fail.
 * {@code generated-api/FUZZING.md} tells how to fuzz for as long as one likes.
 */
class SchemaLoaderFuzzTest {

  @FuzzTest
  void anyText(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Schema schema;
    try {
      schema = new SchemaLoader().add("fuzz.tl", text).load();
    } catch (SchemaException e) {
      assertFalse(e.errors().isEmpty(), e::getMessage);
      return;
    }
    String printed = schema.toTl();
    Schema again = new SchemaLoader().add("fuzz.tl", printed).load();
    assertEquals(printed, again.toTl());
    assertEquals(schema.constructors().size(), again.constructors().size());
    assertEquals(schema.functions().size(), again.functions().size());
  }
}

package dev.tlkit.codegen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples read as a user would write them, and their bytes follow the TL binary rules. */
class ExamplesTest {
  static final Schema TELEGRAM = new SchemaLoader(SchemaOptions.DEFAULT.withAllowedIdMismatches(
      Set.of("ipPortSecret", "accessPointRule", "help.configSimple", "msg_container")))
      .add(Path.of("..", "schema", "api.tl")).add(Path.of("..", "schema", "mtproto.tl")).load();
  static final Examples EXAMPLES = Examples.of(JavaModel.of(TELEGRAM, new GeneratorOptions("dev.tlkit.telegram")));

  static Example of(String function) {
    return EXAMPLES.of(TELEGRAM.function(function).or(() -> TELEGRAM.constructor(function)).orElseThrow()).orElseThrow();
  }

  @Test
  void valuesAreChosenByNameAndType() {
    String history = of("messages.getHistory").java();
    assertTrue(history.contains(".peer(InputPeerUser.builder()"), history);
    assertTrue(history.contains(".limit(50)"), history);
    // A Unix time on 2026-01-01 or 02.
    assertTrue(history.matches("(?s).*\\.offsetDate\\(176(72|73)\\d{5}\\).*"), history);
    assertTrue(history.contains(".accessHash("), history);
    String send = of("messages.sendMessage").java();
    assertTrue(send.contains(".message(\"Hello from tlkit!\")"), send);
    assertTrue(send.matches("(?s).*\\.randomId\\(-?\\d{12,}L\\).*"), send);
    // No *Empty object in a field where the type has a real constructor.
    for (JavaRecord r : JavaModel.of(TELEGRAM, new GeneratorOptions("dev.tlkit.telegram")).records()) {
      for (ExampleValue.FieldValue f : EXAMPLES.of(r).value().fields()) {
        if (f.value() instanceof ExampleValue.ObjectValue o && o.record().definition().name().endsWith("Empty")) {
          String type = o.record().definition().resultType().toTl();
          assertTrue(TELEGRAM.type(type).orElseThrow().constructors().stream()
              .allMatch(k -> k.name().endsWith("Empty")), r + ": " + f);
        }
      }
    }
  }

  @Test
  void recordsWithoutComponentsAreConstructedAndGenericOnesGetTheirTypeArgument() {
    assertEquals("HelpGetConfig request = new HelpGetConfig();\nbyte[] bytes = request.toBytes();\n",
        of("help.getConfig").java());
    String layer = of("invokeWithLayer").java();
    assertTrue(layer.startsWith("InvokeWithLayer<Config> request = InvokeWithLayer.<Config>builder()\n"
        + "    .layer(228)\n    .query(new HelpGetConfig())\n    .build();"), layer);
    assertEquals("0d0d9bda e4000000 6b18f9c4", Example.grouped(of("invokeWithLayer").hex()));
  }

  @Test
  void bytesComeSplitPerField() {
    Example e = of("phone.requestCall");
    assertEquals("constructor id 42ff96ed", e.wire().get(0).label());
    assertEquals("ed96ff42", e.wire().get(0).hex());
    assertEquals("flags", e.wire().get(1).label());
    assertEquals("01000000", e.wire().get(1).hex(), "video is set: bit 0");
    assertEquals("user_id", e.wire().get(2).label());
    assertTrue(e.wire().get(2).hex().startsWith("c65811f2"), "inputUser's id, then the user id");
    StringBuilder all = new StringBuilder();
    e.wire().forEach(w -> all.append(w.hex().replace(" ", "")));
    assertEquals(e.hex(), all.toString());
  }

  @Test
  void stringsAndBytesArePaddedAsTlWritesThem() {
    Schema s = new SchemaLoader(SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.TRUST)).add("t.tl", """
        note#11223344 text:string data:bytes flags:# pinned:flags.0?true count:flags.1?int = Note;
        """).load();
    Example e = Examples.of(JavaModel.of(s, new GeneratorOptions("t"))).of(s.constructor("note").orElseThrow()).orElseThrow();
    assertEquals("11Hello from tlkit!".length() - 2, "Hello from tlkit!".length());
    assertEquals("1148656c 6c6f2066 726f6d20 746c6b69 74210000", e.wire().get(1).hex());
    assertEquals(20, e.wire().get(2).bytes().length, "16 bytes, a length byte and 3 of padding");
    assertEquals("03000000", e.wire().get(3).hex(), "pinned and count are set");
    assertEquals("03000000", e.wire().get(4).hex(), "a count is 3");
  }
}

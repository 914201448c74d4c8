package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConstructorIdsTest {

  /** Every explicit id of the official api.tl (layer 228), 2,448 of them, is the CRC32 of the normal form. */
  @Test
  void computedIdsReproduceEveryExplicitIdOfApiTl() {
    Schema schema = TestSchemas.load("api.tl");
    List<Combinator> all = Stream.concat(
        schema.constructors().stream(), schema.functions().stream()).toList();
    List<String> wrong = new ArrayList<>();
    int explicit = 0;
    for (Combinator c : all) {
      if (c.explicitId()) {
        explicit++;
        if (c.id() != c.computedId()) {
          wrong.add(c.name() + " #" + c.idHex() + " != #" + ConstructorIds.hex(c.computedId())
              + " of " + c.normalizedText());
        }
      }
    }
    assertEquals(List.of(), wrong);
    // Counted independently: every `name#hex` at the start of a definition in the file.
    Matcher m = Pattern.compile("(?m)^[A-Za-z_][\\w.]*#[0-9a-f]+ ").matcher(TestSchemas.read("api.tl"));
    int written = 0;
    while (m.find()) {
      written++;
    }
    assertEquals(2448, written);
    assertEquals(2448, explicit);
  }

  @Test
  void normalFormDropsTrueFlagsAndBracketsAndReadsBytesAsString() {
    Combinator c = TestSchemas.load("telegram-api-layer198.tl").function("phone.requestCall").orElseThrow();

    assertEquals("phone.requestCall flags:# user_id:InputUser conference_call:flags.1?InputGroupCall "
        + "random_id:int g_a_hash:string protocol:PhoneCallProtocol = phone.PhoneCall",
        c.normalizedText());
    assertEquals(0xa6c4600c, c.computedId());
  }

  @Test
  void normalFormOfGenericsAndBuiltins() {
    Schema schema = TestSchemas.load("telegram-api-layer198.tl");

    assertEquals("vector t:Type # [ t ] = Vector t",
        schema.constructor("vector").orElseThrow().normalizedText());
    assertEquals(0x1cb5c415, schema.constructor("vector").orElseThrow().computedId());
    assertEquals("invokeWithLayer X:Type layer:int query:!X = X",
        schema.function("invokeWithLayer").orElseThrow().normalizedText());
    // `bytes` as a type argument stays: Vector<bytes> is not Vector<string>.
    assertEquals("inputMediaPoll flags:# poll:Poll correct_answers:flags.0?Vector bytes "
            + "solution:flags.1?string solution_entities:flags.1?Vector MessageEntity = InputMedia",
        schema.constructor("inputMediaPoll").orElseThrow().normalizedText());
  }

  @Test
  void textNormalizationEdgeCases() {
    assertEquals("a x:string = A", ConstructorIds.normalize("a  x:bytes = A"));
    assertEquals("a x:Vector Vector long = A", ConstructorIds.normalize("a x:Vector<Vector<long>> = A"));
    assertEquals("a x:flags.0?string = A", ConstructorIds.normalize("a x:flags.0?bytes = A"));
    assertEquals("a x:string", ConstructorIds.normalize("a x:bytes"));
    assertEquals("a X:Type = X", ConstructorIds.normalize("a {X:Type} = X"));
  }

  /** mtproto.tl pins four ids that its text does not give. */
  @Test
  void mtprotoHasFourPinnedIds() {
    Schema schema = TestSchemas.load("mtproto.tl");
    List<String> mismatching = schema.constructors().stream()
        .filter(c -> c.explicitId() && c.id() != c.computedId()).map(Combinator::name).toList();

    assertEquals(List.of("ipPortSecret", "accessPointRule", "help.configSimple", "msg_container"),
        mismatching);
    Combinator container = schema.constructor("msg_container").orElseThrow();
    assertEquals(0x73f1f8dc, container.id());
    assertEquals(0x29c1636d, container.computedId());
    // Without an explicit id, the computed one is used.
    Combinator message = schema.constructor("message").orElseThrow();
    assertFalse(message.explicitId());
    assertEquals(message.computedId(), message.id());
  }

  @Test
  void tdlibIdsAreComputed() {
    Schema schema = TestSchemas.load("tdlib-td_api.tl");

    assertEquals("9bdd8f1a", schema.constructor("error").orElseThrow().idHex());
    assertEquals("d4edbe69", schema.constructor("ok").orElseThrow().idHex());
    assertTrue(schema.constructors().stream().noneMatch(Combinator::explicitId));
  }

  @Test
  void crc32OfText() {
    assertEquals(0x9bdd8f1a, ConstructorIds.crc32("error code:int32 message:string = Error"));
    assertEquals("0000abcd", ConstructorIds.hex(0xabcd));
  }
}

package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.json.JsonDialect;
import org.junit.jupiter.api.Test;

/**
 * TDLib's {@code "@extra"}: a client tags a request with it and finds the answer by it. Reading
 * keeps the outermost one as it was written; the answer gets it back as its last member.
 */
class TdlibExtraTest {
  private static final TlJsonReader TDLIB = TlJsonReader.of(Tl.JSON, JsonDialect.TDLIB);

  @Test
  void theExtraOfARequestGoesBackOnItsAnswer() {
    TlJsonReader.WithExtra request = TDLIB.readWithExtra(
        "{\"@type\":\"help.getConfig\",\"@extra\":{\"request\":7,\"tags\":[\"a\"]}}");
    assertEquals(new HelpGetConfig(), request.value());
    assertEquals("{\"request\":7,\"tags\":[\"a\"]}", request.extra());

    String answer = TlJsonReader.withExtra(
        TlJson.toJson(new InputPeerChat(42L), JsonDialect.TDLIB, false), request.extra());
    assertEquals("{\"@type\":\"inputPeerChat\",\"chat_id\":\"42\",\"@extra\":{\"request\":7,"
        + "\"tags\":[\"a\"]}}", answer);
    assertEquals(new InputPeerChat(42L), TDLIB.read(answer));
  }

  @Test
  void noExtraIsNone() {
    assertNull(TDLIB.readWithExtra("{\"@type\":\"help.getConfig\"}").extra());
    assertEquals("{\"@type\":\"inputPeerSelf\"}",
        TlJsonReader.withExtra("{\"@type\":\"inputPeerSelf\"}", null));
  }
}

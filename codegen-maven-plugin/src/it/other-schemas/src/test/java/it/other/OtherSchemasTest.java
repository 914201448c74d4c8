package it.other;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OtherSchemasTest {
  @Test
  void tonKeepsItsPinnedIds() {
    assertEquals(0xb12f65af, it.ton.lite.LiteServerTransactionId.ID);
    assertEquals(0xf644a6e6, it.ton.lite.LiteServerSignatureSetOrdinary.ID);
  }

  @Test
  void tdlibObjectsRoundTrip() {
    it.td.AuthenticationCodeTypeFlashCall call =
        new it.td.AuthenticationCodeTypeFlashCall("+7 495 ***");
    assertEquals(call, it.td.TypeAuthenticationCodeType.decode(new dev.tlkit.runtime.TlReader(call.toBytes())));
  }
}

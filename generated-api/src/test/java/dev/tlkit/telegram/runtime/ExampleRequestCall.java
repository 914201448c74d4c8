package dev.tlkit.telegram.runtime;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.telegram.InputUser;
import dev.tlkit.telegram.PhoneCallProtocol;
import dev.tlkit.telegram.PhoneRequestCall;
import java.util.List;

/**
 * The {@code phone.requestCall} that the runtime's tests write, read and print: one generated
 * object with every kind of field (a {@code true} flag, a nested object, longs, an int, bytes and a
 * vector of strings inside another flagged object), and its bytes. The values differ from the seed
 * example's ({@code PhoneRequestCallExampleTest}) on purpose: {@code min_layer} and {@code
 * max_layer} differ, so a decoder that swapped them would be caught.
 */
final class ExampleRequestCall {
  /** {@link #object()} on the wire, field by field. */
  static final String HEX = ""
      + "ed96ff42" // phone.requestCall#42ff96ed
      + "01000000" // flags: video (bit 0)
      + "c65811f2" //   user_id: inputUser#f21158c6
      + "15cd5b0700000000" //     user_id: 123456789
      + "4fed0b81a0254bf2" //     access_hash: -987654321987654321
      + "2b000000" // random_id: 43
      + "13" // g_a_hash: length 19
      + "61726269747261727920313920627974657321" //   "arbitrary 19 bytes!", 1 + 19 = 20: no padding
      + "c88f87fc" // protocol: phoneCallProtocol#fc878fc8
      + "03000000" //   flags: udp_p2p (bit 0), udp_reflector (bit 1)
      + "41000000" //   min_layer: 65
      + "5c000000" //   max_layer: 92
      + "15c4b51c" //   library_versions: vector#1cb5c415
      + "01000000" //     count 1
      + "10" //     length 16
      + "736f6d6520737472696e672068657265" //     "some string here"
      + "000000"; //     1 + 16 = 17, padded to 20

  private ExampleRequestCall() {}

  static PhoneRequestCall object() {
    return new PhoneRequestCall(true, new InputUser(123456789L, -987654321987654321L), 43,
        TlBytes.utf8("arbitrary 19 bytes!"),
        new PhoneCallProtocol(true, true, 65, 92, List.of("some string here")));
  }

  static byte[] bytes() {
    return TlBytes.ofHex(HEX).toByteArray();
  }
}

package dev.tlkit.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example tlkit started from, GramJS's phone.requestCall page, at layer 228 (which dropped
 * {@code conference_call} and gave the function the id 42ff96ed), built with the builder API.
 */
class PhoneRequestCallExampleTest {

  /** The seed example's bytes, split per field. */
  static final String SEED_HEX = ""
      + "ed96ff42" // phone.requestCall#42ff96ed
      + "01000000" // flags: bit 0 (video)
      + "c65811f2" // inputUser#f21158c6
      + "15cd5b0700000000" // user_id: 123456789
      + "4fed0b81a0254bf2" // access_hash: -987654321987654321
      + "2b000000" // random_id: 43
      + "13" + "61726269747261727920646174612068657265" // g_a_hash: 19 bytes, no padding needed
      + "c88f87fc" // phoneCallProtocol#fc878fc8
      + "03000000" // flags: udp_p2p (bit 0), udp_reflector (bit 1)
      + "2b000000" // min_layer: 43
      + "2b000000" // max_layer: 43
      + "15c4b51c" // vector#1cb5c415
      + "01000000" // 1 element
      + "10" + "736f6d6520737472696e672068657265" + "000000"; // "some string here", 3 bytes padding

  static PhoneRequestCall example() {
    return PhoneRequestCall.builder()
        .video(true)
        .userId(InputUser.builder().userId(123456789L).accessHash(-987654321987654321L).build())
        .randomId(43)
        .gAHash("arbitrary data here".getBytes(UTF_8))
        .protocol(PhoneCallProtocol.builder()
            .udpP2p(true).udpReflector(true).minLayer(43).maxLayer(43)
            .libraryVersions(List.of("some string here")).build())
        .build();
  }

  @Test
  void buildsTheExactBytesOfTheSeedExample() throws java.io.IOException {
    assertEquals(SEED_HEX, TlBytes.of(example().toBytes()).hex());
    // The same bytes as the golden seed vector, made by an independent encoder.
    assertEquals(GoldenVectorsTest.load("/golden/seed-example.jsonl").get(0).hex(), SEED_HEX);
  }

  @Test
  void decodesBackToAnEqualObject() {
    TlObject any = Tl.decode(example().toBytes());
    assertEquals(example(), any);
    assertEquals(example().hashCode(), any.hashCode());
  }

  @Test
  void theResultIsTypedByTheFunction() {
    PhoneRequestCall call = example();
    PhonePhoneCall reply = PhonePhoneCall.builder()
        .phoneCall(new PhoneCallEmpty(7L))
        .users(List.of())
        .build();
    PhonePhoneCall answer = call.decodeResult(reply.toBytes());
    assertEquals(reply, answer);
  }

  @Test
  void buildNamesEveryMissingRequiredFieldAtOnce() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PhoneRequestCall.builder().video(true).randomId(43).build());
    assertEquals("phone.requestCall: required fields userId (user_id), gAHash (g_a_hash), "
        + "protocol (protocol) are not set", e.getMessage());
    IllegalStateException one = assertThrows(IllegalStateException.class,
        () -> example().toBuilder().protocol(null).build());
    assertEquals("phone.requestCall: required field protocol (protocol) is not set",
        one.getMessage());
  }

  @Test
  void noCallerCanChangeTheBytesInsideAnObject() {
    byte[] hash = "arbitrary data here".getBytes(UTF_8);
    PhoneRequestCall call = example().toBuilder().gAHash(hash).build();
    hash[0] = 'X';
    call.gAHash().toByteArray()[1] = 'Y';
    assertEquals(example(), call);
  }

  @Test
  void listsInsideAnObjectAreImmutable() {
    List<String> versions = new java.util.ArrayList<>(List.of("some string here"));
    PhoneCallProtocol protocol = example().protocol().toBuilder().libraryVersions(versions).build();
    versions.add("sneaky");
    assertEquals(List.of("some string here"), protocol.libraryVersions());
    assertThrows(UnsupportedOperationException.class, () -> protocol.libraryVersions().add("x"));
  }

  @Test
  void byteFieldsTakePartInEquality() {
    assertTrue(!example().equals(example().toBuilder().gAHash(new byte[] {1}).build()));
    assertArrayEquals(example().toBytes(), example().toBuilder().build().toBytes());
  }
}

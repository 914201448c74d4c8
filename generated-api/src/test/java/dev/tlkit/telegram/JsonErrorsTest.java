package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlkit.json.TlJacksonModule;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.TlFunction;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.TlJsonException;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad JSON gets one {@link TlJsonException} whose message names the JSON path, what
 * is wrong, and the line and column: the catalogue that docs/json.md shows.
 */
class JsonErrorsTest {
  private static final TlJsonReader READER = TlJsonReader.of(Tl.JSON);

  private static String error(String json) {
    return error(READER, json);
  }

  private static String error(TlJsonReader reader, String json) {
    return assertThrows(TlJsonException.class, () -> reader.read(json)).getMessage();
  }

  @Test
  void malformedJson() {
    TlJsonException e = assertThrows(TlJsonException.class,
        () -> READER.read("{\"_\":\"users.getUsers\",\n\"id\":[{\"_\":\"inputUserSelf\"}"));
    assertEquals("id", e.path());
    assertEquals("Unexpected end-of-input: expected close marker for Array (start marker at line: "
        + "2, column: 6)", e.reason());
    assertEquals(2, e.line());
    assertEquals(28, e.column());
  }

  @Test
  void unknownConstructor() {
    assertEquals("unknown constructor inputPeerNobody (line 1, column 6)",
        error("{\"_\":\"inputPeerNobody\"}"));
  }

  @Test
  void aNameIsMatchedWholeAgainstTheOneMetLastInThePlace() {
    // The reader compares each name with the last one read where it stands, without making its
    // string: an escaped spelling is the same name, a name one letter off is another.
    TlFunction<?> read = (TlFunction<?>) READER.read("{\"_\":\"users.getUsers\",\"id\":["
        + "{\"_\":\"inputUserSelf\"},{\"_\":\"inputUser\\u0053elf\"},{\"_\":\"inputUserEmpty\"},"
        + "{\"_\":\"inputUserSelf\"}]}");
    assertEquals(new UsersGetUsers(java.util.List.of(new InputUserSelf(), new InputUserSelf(),
        new InputUserEmpty(), new InputUserSelf())), read);
    assertEquals("id[1]: unknown constructor inputUserSelg (line 1, column 56)",
        error("{\"_\":\"users.getUsers\",\"id\":[{\"_\":\"inputUserSelf\"},{\"_\":\"inputUserSelg\"}]}"));
    assertEquals("id[1]: unknown constructor inputUserSel (line 1, column 56)",
        error("{\"_\":\"users.getUsers\",\"id\":[{\"_\":\"inputUserSelf\"},{\"_\":\"inputUserSel\"}]}"));
  }

  @Test
  void aFailedReadLeavesNothingToTheNext() {
    // The reader reuses its bookkeeping from one value to the next: fields given in JSON that
    // failed must not turn up in the next object of the constructor, where they are left out.
    assertEquals("bogus: inputPeerNotifySettings has no field bogus (line 1, column 102)",
        error("{\"_\":\"inputPeerNotifySettings\",\"mute_until\":5,\"silent\":true,"
            + "\"sound\":{\"_\":\"notificationSoundDefault\"},\"bogus\":1}"));
    assertEquals(new InputPeerNotifySettings(null, null, null, null, null, null, null),
        READER.read("{\"_\":\"inputPeerNotifySettings\"}"));
  }

  @Test
  void aConstructorOfTheWrongTypeForTheField() {
    assertEquals("id[0]: expected a constructor of InputUser, found inputPeerSelf (line 1, column 34)",
        error("{\"_\":\"users.getUsers\",\"id\":[{\"_\":\"inputPeerSelf\"}]}"));
  }

  @Test
  void aMissingRequiredField() {
    assertEquals("missing field access_hash of inputPeerUser (line 1, column 35)",
        error("{\"_\":\"inputPeerUser\",\"user_id\":\"1\"}"));
  }

  @Test
  void anUnknownFieldIsAnErrorUnlessIgnored() {
    String json = "{\"_\":\"inputPeerSelf\",\"hash\":1}";
    assertEquals("hash: inputPeerSelf has no field hash (line 1, column 22)", error(json));
    assertEquals(new InputPeerSelf(), READER.with(JsonReadOptions.of(JsonDialect.TLKIT)
        .ignoringUnknownFields()).read(json));
  }

  @Test
  void aValueOfTheWrongKind() {
    assertEquals("id[2].access_hash: expected a long as a decimal string, found the number 5 "
        + "(line 1, column 118)", error("{\"_\":\"users.getUsers\",\"id\":[{\"_\":\"inputUserSelf\"},"
        + "{\"_\":\"inputUserSelf\"},{\"_\":\"inputUser\",\"user_id\":\"1\",\"access_hash\":5}]}"));
  }

  @Test
  void aLongBeyond64Bits() {
    assertEquals("user_id: \"9223372036854775808\" is not a 64-bit long (line 1, column 32)",
        error("{\"_\":\"inputPeerUser\",\"user_id\":\"9223372036854775808\",\"access_hash\":\"1\"}"));
  }

  @Test
  void anIntBeyond32Bits() {
    assertEquals("layer: 2147483648 is not a 32-bit int (line 1, column 32)",
        error("{\"_\":\"invokeWithLayer\",\"layer\":2147483648,\"query\":{\"_\":\"help.getConfig\"}}"));
  }

  @Test
  void oddOrInvalidHex() {
    String srp = "{\"_\":\"inputCheckPasswordSRP\",\"srp_id\":\"1\",\"A\":\"%s\",\"M1\":\"\"}";
    assertEquals("A: bad hex for bytes: an odd number of hex digits (3) (line 1, column 47)",
        error(String.format(srp, "abc")));
    assertTrue(error(String.format(srp, "zz")).startsWith("A: bad hex for bytes: "));
  }

  @Test
  void anInt128OfTheWrongLength() {
    assertEquals("nonce: int128 needs 16 bytes, found 2 (line 1, column 22)",
        error("{\"_\":\"resPQ\",\"nonce\":\"abcd\",\"server_nonce\":\"" + "00".repeat(16)
            + "\",\"pq\":\"\",\"server_public_key_fingerprints\":[]}"));
  }

  @Test
  void base64ThatIsNot() {
    assertEquals("A: bad base64 for bytes: Illegal base64 character 21 (line 1, column 51)",
        error(TlJsonReader.of(Tl.JSON, JsonDialect.TDLIB),
            "{\"@type\":\"inputCheckPasswordSRP\",\"srp_id\":\"1\",\"A\":\"!!!!\",\"M1\":\"\"}"));
  }

  @Test
  void nestingDeeperThanTheLimit() {
    String json = "{\"_\":\"help.getConfig\"}";
    for (int i = 0; i < 64; i++) {
      json = "{\"_\":\"invokeWithLayer\",\"layer\":228,\"query\":" + json + "}";
    }
    String message = error(json);
    assertTrue(message.startsWith("query" + ".query".repeat(63)
        + ": objects nested deeper than 64 (line 1, column "), message);
  }

  @Test
  void anArrayLongerThanTheLimit() {
    TlJsonReader reader = READER.with(JsonReadOptions.of(JsonDialect.TLKIT).withLimits(64, 3));
    assertEquals("id[3]: more than 3 elements in an array (line 1, column 95)",
        error(reader, "{\"_\":\"users.getUsers\",\"id\":[" + "{\"_\":\"inputUserSelf\"},".repeat(3)
            + "{\"_\":\"inputUserSelf\"}]}"));
  }

  @Test
  void flagsAreComputedNotGiven() {
    assertEquals("flags: a # field is computed from the fields present, not given (line 1, column 24)",
        error("{\"_\":\"inputMediaPhoto\",\"flags\":1}"));
  }

  @Test
  void aTypedReadOfAnotherType() {
    TlJsonException e = assertThrows(TlJsonException.class,
        () -> READER.read("{\"_\":\"inputUserSelf\"}", TypeInputPeer.class));
    assertEquals("expected a constructor of InputPeer, found inputUserSelf (line 1, column 6)",
        e.getMessage());
  }

  @Test
  void aFunctionWhereAFunctionIsAsked() {
    assertEquals(new HelpGetConfig(), READER.read("{\"_\":\"help.getConfig\"}", TlFunction.class));
    assertEquals("unknown function inputPeerSelf (line 1, column 6)", assertThrows(
        TlJsonException.class, () -> READER.read("{\"_\":\"inputPeerSelf\"}", TlFunction.class))
        .getMessage());
  }

  @Test
  void trailingJson() {
    assertEquals("more JSON after the value (line 1, column 23)",
        error("{\"_\":\"inputPeerSelf\"} {}"));
  }

  @Test
  void theJacksonModuleCarriesTheErrorAsItsCause() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new TlJacksonModule(Tl.JSON));
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"_\":\"inputPeerNobody\"}", TypeInputPeer.class));
    TlJsonException cause = (TlJsonException) e.getCause();
    assertEquals("unknown constructor inputPeerNobody", cause.reason());
  }
}

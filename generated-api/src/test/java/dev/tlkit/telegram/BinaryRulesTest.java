package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlRawObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * What the golden vectors do not cover, written from the TL binary rules: the builtin-like
 * constructors, bare vectors, and MTProto's service messages.
 */
class BinaryRulesTest {

  static byte[] hex(String hex) {
    return TlBytes.ofHex(hex).toByteArray();
  }

  static String hex(byte[] bytes) {
    return TlBytes.of(bytes).hex();
  }

  @Test
  void boolTrueAndBoolFalseAreTheirIdsAlone() {
    assertEquals(new BoolTrue(), Tl.decode(hex("b5757299")));
    assertEquals(new BoolFalse(), Tl.decode(hex("379779bc")));
    assertEquals("b5757299", hex(new BoolTrue().toBytes()));
  }

  @Test
  void boolFieldsAreWrittenAsBoolTrueOrBoolFalse() {
    // account.updateStatus#6628562c offline:Bool = Bool;
    assertEquals("2c562866" + "b5757299", hex(new AccountUpdateStatus(true).toBytes()));
    assertEquals("2c562866" + "379779bc", hex(new AccountUpdateStatus(false).toBytes()));
    // A function whose result is Bool decodes to a boolean.
    assertEquals(Boolean.TRUE, new AccountUpdateStatus(true).decodeResult(hex("b5757299")));
  }

  @Test
  void aBoolThatIsNeitherIsAnError() {
    assertThrows(TlDecodeException.class,
        () -> new AccountUpdateStatus(true).decodeResult(hex("11223344")));
  }

  @Test
  void trueAndNullAreTheirIdsAlone() {
    assertEquals("39d3ed3f", hex(new True().toBytes()));
    assertEquals(new Null(), Tl.decode(hex("cc0b7356")));
  }

  @Test
  void errorHasACodeAndAText() {
    Error error = Error.builder().code(420).text("FLOOD_WAIT_3").build();
    assertEquals("bbf9b9c4" // error#c4b9f9bb
        + "a4010000" // code: 420
        + "0c" + "464c4f4f445f574149545f33" + "000000", // text: 12 bytes + 3 padding
        hex(error.toBytes()));
    assertEquals(error, Tl.decode(error.toBytes()));
  }

  @Test
  void bareVectorsHaveNoIdAndBareElementsNoIds() {
    // future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts;
    FutureSalts salts = FutureSalts.builder().reqMsgId(1L).now(2)
        .salts(List.of(FutureSalt.builder().validSince(3).validUntil(4).salt(5L).build()))
        .build();
    assertEquals("950850ae" // future_salts#ae500895
        + "0100000000000000" // req_msg_id: 1
        + "02000000" // now: 2
        + "01000000" // salts: bare vector, count 1, no vector id
        + "03000000" + "04000000" + "0500000000000000", // future_salt, bare: no id
        hex(salts.toBytes()));
    assertEquals(salts, Tl.decode(salts.toBytes()));
  }

  @Test
  void msgContainerHoldsBareMessagesWithBoxedBodies() {
    Ping ping = new Ping(9L);
    MtprotoMessage message = MtprotoMessage.builder()
        .msgId(0x51e57ac42770964aL).seqno(1).body(ping).build();
    MsgContainer container = new MsgContainer(List.of(message, message));
    String messageHex = "4a967027c47ae551" // msg_id
        + "01000000" // seqno
        + "0c000000" // bytes: 12
        + "ec77be7a" + "0900000000000000"; // body: ping#7abe77ec ping_id:9
    assertEquals("dcf8f173" // msg_container#73f1f8dc
        + "02000000" // messages: bare vector of 2 bare messages
        + messageHex + messageHex,
        hex(container.toBytes()));
    assertEquals(container, Tl.decode(container.toBytes()));
  }

  @Test
  void rpcResultCarriesAnObjectThatTheMatchingFunctionDecodes() {
    // rpc_result#f35c6d01 req_msg_id:long result:Object; the result of messages.receivedQueue
    // is a Vector<long>, which says nothing of its type: it is kept as raw bytes.
    String resultHex = "15c4b51c" + "02000000" + "0700000000000000" + "0800000000000000";
    TlObject decoded = Tl.decode(hex("016d5cf3" + "2a00000000000000" + resultHex));
    RpcResult rpc = assertInstanceOf(RpcResult.class, decoded);
    assertEquals(42L, rpc.reqMsgId());
    TlRawObject raw = assertInstanceOf(TlRawObject.class, rpc.result());
    MessagesReceivedQueue call = new MessagesReceivedQueue(1);
    assertEquals(List.of(7L, 8L), call.decodeResult(raw.toBytes()));

    // A boxed result is decoded straight away.
    TlObject withError = Tl.decode(hex("016d5cf3" + "2a00000000000000"
        + "19ca4421" + "90010000" + "04" + "4f4f5053" + "000000"));
    RpcError error = assertInstanceOf(RpcError.class, ((RpcResult) withError).result());
    assertEquals(400, error.errorCode());
    assertEquals("OOPS", error.errorMessage());
  }

  @Test
  void gzipPackedIsInflatedWhereABoxedObjectIsRead() throws IOException {
    Error error = Error.builder().code(500).text("x".repeat(300)).build();
    byte[] packed = new GzipPacked(TlBytes.of(gzip(error.toBytes()))).toBytes();
    assertEquals(error, Tl.decode(packed));
    // Also inside a typed field: rpc_result's Object, and a boxed type read by its own decoder.
    assertEquals(error, Error.decode(new dev.tlkit.runtime.TlReader(packed)));
  }

  @Test
  void aWrongConstructorForTheExpectedTypeNamesBoth() {
    // inputPeerUser where phone.requestCall expects an InputUser.
    byte[] wire = PhoneRequestCallExampleTest.example().toBytes();
    byte[] bad = wire.clone();
    System.arraycopy(hex("4ca5e8dd"), 0, bad, 8, 4);
    TlDecodeException e = assertThrows(TlDecodeException.class, () -> Tl.decode(bad));
    assertTrue(e.getMessage().contains("InputUser") && e.getMessage().contains("inputPeerUser"), e.getMessage());
  }

  @Test
  void theLayerIsTheSchemas() {
    assertEquals(228, Tl.LAYER);
  }

  @Test
  void vectorResultsOfIntsDecode() {
    // contacts.getContactIDs#7adc669d hash:long = Vector<int>;
    ContactsGetContactIDs call = new ContactsGetContactIDs(0L);
    assertEquals(List.of(1, 2), call.decodeResult(hex("15c4b51c" + "02000000" + "01000000" + "02000000")));
    assertArrayEquals(hex("9d66dc7a" + "0000000000000000"), call.toBytes());
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}

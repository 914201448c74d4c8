package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each way that bytes from a peer can be wrong has one defined outcome: a {@link
 * TlDecodeException} whose reason, offset and path are asserted here, byte for byte. The bytes
 * are written by hand ({@link Wire}) because no encoder would write them.
 */
class DecodeOutcomesTest {
  // Constructor ids, as api.tl and mtproto.tl write them.
  private static final int INPUT_PEER_EMPTY = 0x7f3b18ea;
  private static final int INPUT_PEER_USER_FROM_MESSAGE = 0xa87b0a1c;
  private static final int INPUT_USER_EMPTY = 0xb98886cf;
  private static final int TEXT_EMPTY = 0xdc3d824f;
  private static final int TEXT_PLAIN = 0x744694e0;
  private static final int TEXT_BOLD = 0x6724abc4;
  private static final int TEXT_CONCAT = 0x7e6260d7;
  private static final int MESSAGES_MESSAGES = 0x1d73e7ea;
  private static final int ACCOUNT_UPDATE_STATUS = 0x6628562c;
  private static final int INVOKE_AFTER_MSG = 0xcb9f372d;
  private static final int VECTOR = 0x1cb5c415;
  private static final int GZIP_PACKED = 0x3072cfa1;

  private static TlDecodeException fails(Executable decoding) {
    return assertThrows(TlDecodeException.class, decoding);
  }

  private static void assertFailure(TlDecodeException e, String reason, int offset, String path) {
    assertEquals(reason, e.reason(), e::getMessage);
    assertEquals(offset, e.offset(), e::getMessage);
    assertEquals(path, e.path(), e::getMessage);
  }

  private static String repeatedPath(String field, int times) {
    return String.join(".", Collections.nCopies(times, field));
  }

  // --- Trailing and missing bytes ---

  @Test
  void trailingBytesAfterTheObjectAreAnErrorThatCountsThem() {
    byte[] wire = new Wire().i32(INPUT_PEER_EMPTY).i32(0).raw((byte) 7).toArray();
    assertFailure(fails(() -> Tl.decode(wire)), "5 trailing bytes", 4, "");
    // Reading with a reader of one's own leaves them for the caller.
    TlReader reader = new TlReader(wire);
    assertEquals(new InputPeerEmpty(), Tl.decodeObject(reader));
    assertEquals(5, reader.remaining());
  }

  @Test
  void trailingBytesInsideGzipPackedAreAnErrorAtTheirOffsetInTheInflatedData() {
    byte[] content = new Wire().i32(INPUT_PEER_EMPTY).i32(0).toArray();
    assertFailure(fails(() -> Tl.decode(Wire.gzipPacked(content))), "4 trailing bytes", 4, "");
  }

  @Test
  void aMessageCutAtAnyOffsetIsAnErrorAtOrBeforeTheCut() {
    byte[] wire = messagesWithAPhoto().toBytes();
    for (int cut = 0; cut < wire.length; cut++) {
      byte[] truncated = Arrays.copyOf(wire, cut);
      int at = cut;
      TlDecodeException e = fails(() -> Tl.decode(truncated));
      assertTrue(e.reason().contains("remain"), () -> "cut at " + at + ": " + e.getMessage());
      assertTrue(e.offset() <= cut, () -> "cut at " + at + ": " + e.getMessage());
    }
  }

  // --- Ids ---

  @Test
  void anUnknownIdIsAnErrorThatShowsIt() {
    assertNull(Tl.nameOf(0x12345678));
    byte[] wire = new Wire().i32(0x12345678).toArray();
    assertFailure(fails(() -> Tl.decode(wire)),
        "expected any object, found unknown constructor id 12345678", 0, "");
    assertFailure(fails(() -> TypeInputPeer.decode(new TlReader(wire))),
        "expected InputPeer, found unknown constructor id 12345678", 0, "");
  }

  @Test
  void theWrongConstructorForTheTypeIsAnErrorThatNamesBoth() {
    byte[] inputUserEmpty = new Wire().i32(INPUT_USER_EMPTY).toArray();
    assertFailure(fails(() -> TypeInputPeer.decode(new TlReader(inputUserEmpty))),
        "expected InputPeer, found inputUserEmpty#b98886cf", 0, "");
    // A type with one constructor is read by that constructor's record.
    assertFailure(fails(() -> MessageFwdHeader.decode(new TlReader(inputUserEmpty))),
        "expected MessageFwdHeader, found inputUserEmpty#b98886cf", 0, "");
    // Nested: textBold's text must be a RichText.
    byte[] nested = new Wire().i32(TEXT_BOLD).i32(INPUT_USER_EMPTY).toArray();
    assertFailure(fails(() -> Tl.decode(nested)),
        "expected RichText, found inputUserEmpty#b98886cf", 4, "text");
  }

  @Test
  void aBoolThatIsNeitherBoolTrueNorBoolFalseIsAnError() {
    byte[] wire = new Wire().i32(ACCOUNT_UPDATE_STATUS).i32(0x00000001).toArray();
    assertFailure(fails(() -> Tl.decode(wire)),
        "expected Bool (boolTrue 997275b5 or boolFalse bc799737), found 00000001", 4, "offline");
  }

  @Test
  void aVectorWithoutTheVectorIdIsAnError() {
    byte[] wire = new Wire().i32(MESSAGES_MESSAGES).i32(0x1cb5c416).i32(0).toArray();
    assertFailure(fails(() -> Tl.decode(wire)),
        "expected vector id 1cb5c415, found 1cb5c416", 4, "messages");
  }

  // --- Lengths, counts, padding ---

  @Test
  void nonZeroPaddingAfterAStringIsAnErrorAtThatByte() {
    // textPlain text:"a": 01 'a' and two bytes of padding, the second of them not zero.
    byte[] wire =
        new Wire().i32(TEXT_PLAIN).raw((byte) 1, (byte) 'a', (byte) 0, (byte) 9).toArray();
    assertFailure(fails(() -> Tl.decode(wire)),
        "non-zero padding after string of length 1", 7, "text");
  }

  @Test
  void aCountOfTwoBillionInTwelveBytesIsAnErrorBeforeAnythingIsAllocated() {
    byte[] wire = new Wire().i32(MESSAGES_MESSAGES).i32(VECTOR).i32(Integer.MAX_VALUE).toArray();
    assertEquals(12, wire.length);
    assertFailure(fails(() -> Tl.decode(wire)),
        "vector count 2147483647 of elements of at least 4 bytes needs 8589934588 bytes, 0 remain",
        8, "messages");
    byte[] negative = new Wire().i32(MESSAGES_MESSAGES).i32(VECTOR).i32(-1).toArray();
    assertFailure(fails(() -> Tl.decode(negative)), "negative vector count -1", 8, "messages");
  }

  @Test
  void aLengthOfSixteenMegabytesInAShortMessageIsAnError() {
    // textPlain text: long length prefix fe ff ff ff (16,777,215 bytes), then nothing.
    byte[] wire = new Wire().i32(TEXT_PLAIN).i32(0xfffffffe).toArray();
    assertFailure(fails(() -> Tl.decode(wire)),
        "truncated: need 16777220 bytes for string of length 16777215 at offset 4, 4 remain",
        4, "text");
  }

  @Test
  void theLengthPrefixFfIsAnError() {
    byte[] wire = new Wire().i32(TEXT_PLAIN).i32(0xff).toArray();
    assertFailure(fails(() -> Tl.decode(wire)), "invalid length prefix ff for string", 4, "text");
  }

  // --- Strings ---

  @Test
  void invalidUtf8DecodesToReplacementCharactersAndReEncodingChangesThoseBytes() {
    // textPlain text: ff 'a' c3 (c3 starts a two-byte sequence that never comes).
    byte[] wire = new Wire().i32(TEXT_PLAIN).bytes(new byte[] {(byte) 0xff, 'a', (byte) 0xc3})
        .toArray();
    TextPlain text = (TextPlain) Tl.decode(wire);
    assertEquals("\uFFFDa\uFFFD", text.text());
    byte[] reEncoded = text.toBytes();
    byte[] replaced = {(byte) 0xef, (byte) 0xbf, (byte) 0xbd, 'a', (byte) 0xef, (byte) 0xbf,
        (byte) 0xbd};
    assertArrayEquals(new Wire().i32(TEXT_PLAIN).bytes(replaced).toArray(), reEncoded);
    // From then on it is stable.
    assertEquals(text, Tl.decode(reEncoded));
  }

  @Test
  void aShortStringInTheLongLengthFormIsAcceptedAndReEncodedInTheShortForm() {
    // fe 01 00 00 'a' and three bytes of padding: legal for no conforming writer, read anyway.
    byte[] wire = new Wire().i32(TEXT_PLAIN).raw((byte) 0xfe, (byte) 1, (byte) 0, (byte) 0,
        (byte) 'a', (byte) 0, (byte) 0, (byte) 0).toArray();
    TextPlain text = (TextPlain) Tl.decode(wire);
    assertEquals("a", text.text());
    assertArrayEquals(new Wire().i32(TEXT_PLAIN).string("a").toArray(), text.toBytes());
  }

  // --- Nesting ---

  /** {@code n} inputPeerUserFromMessage, each the peer of the one before, around inputPeerEmpty. */
  private static byte[] peerChain(int n) {
    Wire w = new Wire();
    for (int i = 0; i < n; i++) {
      w.i32(INPUT_PEER_USER_FROM_MESSAGE); // id; its peer:InputPeer follows at once
    }
    w.i32(INPUT_PEER_EMPTY);
    for (int i = 0; i < n; i++) {
      w.i32(i).i64(i); // msg_id:int user_id:long of the objects, innermost first
    }
    return w.toArray();
  }

  @Test
  void aHundredThousandNestedObjectsAreAnErrorNotAStackOverflow() {
    byte[] bomb = peerChain(100_000);
    // Depth 1 is the outermost object; the 65th is refused when its id has been read.
    assertFailure(fails(() -> Tl.decode(bomb)), "nesting deeper than 64", 65 * 4,
        repeatedPath("peer", 64));
    assertFailure(fails(() -> TypeInputPeer.decode(new TlReader(bomb))),
        "nesting deeper than 64", 65 * 4, repeatedPath("peer", 64));
  }

  @Test
  void nestingThroughVectorsAndFunctionsHitsTheSameLimit() {
    // textConcat texts:[textConcat texts:[...]]: 12 bytes a level.
    Wire concat = new Wire();
    for (int i = 0; i < 100_000; i++) {
      concat.i32(TEXT_CONCAT).i32(VECTOR).i32(1);
    }
    byte[] concatBomb = concat.i32(TEXT_EMPTY).toArray();
    assertEquals("nesting deeper than 64", fails(() -> Tl.decode(concatBomb)).reason());
    // invokeAfterMsg msg_id:long query:!X, each query the next invokeAfterMsg.
    Wire invoke = new Wire();
    for (int i = 0; i < 100_000; i++) {
      invoke.i32(INVOKE_AFTER_MSG).i64(i);
    }
    byte[] invokeBomb = invoke.i32(INPUT_PEER_EMPTY).toArray();
    TlDecodeException e = fails(() -> Tl.decode(invokeBomb));
    assertFailure(e, "nesting deeper than 64", 64 * 12 + 4, repeatedPath("query", 64));
  }

  @Test
  void theDepthLimitIsSetOnTheReader() {
    byte[] hundred = peerChain(99); // 100 objects deep
    assertEquals("nesting deeper than 64", fails(() -> Tl.decode(hundred)).reason());
    TlReader roomy = new TlReader(hundred).maxDepth(100);
    TlObject decoded = Tl.decodeObject(roomy);
    roomy.expectEnd();
    assertArrayEquals(hundred, decoded.toBytes());
    TlReader tight = new TlReader(hundred).maxDepth(99);
    assertEquals("nesting deeper than 99", fails(() -> Tl.decodeObject(tight)).reason());
    // Depth 1 is one flat object; 0 refuses even that.
    byte[] flat = new Wire().i32(INPUT_PEER_EMPTY).toArray();
    assertEquals(new InputPeerEmpty(), Tl.decodeObject(new TlReader(flat).maxDepth(1)));
    assertEquals("nesting deeper than 0",
        fails(() -> Tl.decodeObject(new TlReader(flat).maxDepth(0))).reason());
  }

  @Test
  void theDefaultDepthFitsTheDeepestGoldenVector() throws Exception {
    // Every real message must fit: all the golden vectors decode within a quarter of the limit.
    List<byte[]> wires = GoldenVectorsTest.load("/golden/vectors.jsonl").stream()
        .map(v -> TlBytes.ofHex(v.hex()).toByteArray()).toList();
    int deepest = TlReader.DEFAULT_MAX_DEPTH / 4;
    assertTrue(allDecodeWithin(wires, deepest));
    while (allDecodeWithin(wires, deepest - 1)) {
      deepest--;
    }
    System.out.println("DecodeOutcomesTest: the deepest golden vector nests " + deepest
        + " objects");
  }

  private static boolean allDecodeWithin(List<byte[]> wires, int depth) {
    for (byte[] wire : wires) {
      try {
        TlReader r = new TlReader(wire).maxDepth(depth);
        Tl.decodeObject(r);
        r.expectEnd();
      } catch (TlDecodeException e) {
        if (!e.reason().startsWith("nesting deeper than")) {
          throw e;
        }
        return false;
      }
    }
    return true;
  }

  // --- gzip_packed ---

  @Test
  void aGzipBombIsAnErrorAtTheDefaultLimit() {
    byte[] bomb = Wire.gzipPacked(new byte[(16 << 20) + 1]); // one byte past 16 MiB of zeros
    assertTrue(bomb.length < 20_000, "compressed to " + bomb.length);
    assertFailure(fails(() -> Tl.decode(bomb)),
        "gzip_packed data inflates to more than 16777216 bytes", bomb.length, "");
  }

  @Test
  void aGzipBombInANestedFieldNamesTheField() {
    byte[] bomb = Wire.concat(new Wire().i32(TEXT_BOLD).toArray(), Wire.gzipPacked(new byte[4096]));
    TlDecodeException e = fails(() -> Tl.decodeObject(new TlReader(bomb).maxInflatedSize(4095)));
    assertFailure(e, "gzip_packed data inflates to more than 4095 bytes", bomb.length, "text");
  }

  @Test
  void theInflateLimitIsSetOnTheReaderAndIsInclusive() {
    byte[] text = new Wire().i32(TEXT_PLAIN).string("x".repeat(992)).toArray();
    assertEquals(1000, text.length);
    byte[] packed = Wire.gzipPacked(text);
    TlReader exact = new TlReader(packed).maxInflatedSize(1000);
    assertEquals(Tl.decode(text), Tl.decodeObject(exact));
    assertEquals("gzip_packed data inflates to more than 999 bytes",
        fails(() -> Tl.decodeObject(new TlReader(packed).maxInflatedSize(999))).reason());
  }

  @Test
  void theInflateLimitIsForAllTheGzipPackedDataOfOneMessage() {
    // textConcat of three gzip_packed textPlain of 600 bytes each: 1,800 bytes inflated in all.
    byte[] part = Wire.gzipPacked(new Wire().i32(TEXT_PLAIN).string("y".repeat(592)).toArray());
    byte[] wire = Wire.concat(new Wire().i32(TEXT_CONCAT).i32(VECTOR).i32(3).toArray(),
        part, part, part);
    assertEquals(3, ((TextConcat) Tl.decodeObject(new TlReader(wire).maxInflatedSize(1800)))
        .texts().size());
    TlDecodeException e = fails(() -> Tl.decodeObject(new TlReader(wire).maxInflatedSize(1799)));
    assertEquals("gzip_packed data inflates to more than 1799 bytes in all (1200 before this)",
        e.reason());
    assertEquals("texts[2]", e.path()); // the third part goes over the limit
  }

  @Test
  void gzipPackedInsideGzipPackedCountsAsNesting() {
    byte[] chain = new Wire().i32(INPUT_PEER_EMPTY).toArray();
    for (int i = 0; i < 1000; i++) {
      chain = Wire.gzipPacked(chain);
    }
    byte[] bomb = chain;
    // Each of the three decoders of a boxed value meets gzip_packed, and each (through the
    // runtime's one boxed read) unwraps it before it enters the value.
    assertEquals("gzip_packed nested deeper than 64",
        fails(() -> Tl.decodeObject(new TlReader(bomb))).reason());
    assertEquals("gzip_packed nested deeper than 64",
        fails(() -> MessageFwdHeader.decode(new TlReader(bomb))).reason());
    assertEquals("gzip_packed nested deeper than 64",
        fails(() -> TypeInputPeer.decode(new TlReader(bomb))).reason());
    // A few layers are fine.
    byte[] three = Wire.gzipPacked(Wire.gzipPacked(Wire.gzipPacked(
        new Wire().i32(INPUT_PEER_EMPTY).toArray())));
    assertEquals(new InputPeerEmpty(), Tl.decode(three));
    assertEquals(new InputPeerEmpty(), TypeInputPeer.decode(new TlReader(three)));
  }

  @Test
  void corruptGzipIsAnError() {
    byte[] wire = new Wire().i32(GZIP_PACKED).bytes("not gzip".getBytes(StandardCharsets.US_ASCII))
        .toArray();
    TlDecodeException e = fails(() -> Tl.decode(wire));
    assertTrue(e.reason().startsWith("corrupt gzip_packed data: "), e::getMessage);
    // Cut short: the gzip trailer is missing.
    byte[] gz = Wire.gzip(new Wire().i32(INPUT_PEER_EMPTY).toArray());
    byte[] cut = new Wire().i32(GZIP_PACKED).bytes(Arrays.copyOf(gz, gz.length - 4))
        .toArray();
    assertTrue(fails(() -> Tl.decode(cut)).reason().startsWith("corrupt gzip_packed data: "));
  }

  // --- Where: the path ---

  private static MessagesMessages messagesWithAPhoto() {
    Photo photo = Photo.builder().id(0x1122334455667788L).accessHash(7)
        .fileReference(new byte[] {1, 2}).date(1700000000)
        .sizes(List.of(new PhotoSizeEmpty("s"))).dcId(2).build();
    Message message = Message.builder().id(42).peerId(new PeerUser(5))
        .date(1700000000).message("hello").media(MessageMediaPhoto.builder().photo(photo).build())
        .build();
    return MessagesMessages.builder().messages(List.of(message)).topics(List.of()).chats(List.of())
        .users(List.of()).build();
  }

  @Test
  void aFailureDeepInsideGivesThePathOfFieldsThatLedThere() {
    MessagesMessages messages = messagesWithAPhoto();
    byte[] wire = messages.toBytes();
    Message message = (Message) messages.messages().get(0);
    Photo photo = (Photo) ((MessageMediaPhoto) message.media()).photo();
    int at = indexOf(wire, photo.toBytes());
    // Cut after photo's id and flags, in the middle of its id:long.
    byte[] cut = Arrays.copyOf(wire, at + 8 + 3);
    TlDecodeException e = fails(() -> Tl.decode(cut));
    assertFailure(e, "truncated: need 8 bytes for long at offset " + (at + 8) + ", 3 remain",
        at + 8, "messages[0].media.photo.id");
    assertEquals("at offset " + (at + 8) + " in messages[0].media.photo.id: " + e.reason(),
        e.getMessage());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}

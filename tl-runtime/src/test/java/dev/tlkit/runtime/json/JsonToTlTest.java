package dev.tlkit.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlkit.runtime.json.JsonInput.Token;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The encoder by a small hand-written shape table, fed tokens directly (the runtime has no parser):
 * the computed fields, fields in any order, the constructor's name anywhere, and what the table
 * format refuses. Bytes are written out by hand, one field a line.
 */
class JsonToTlTest {
  private static final TlShapes SHAPES = TlShapes.parse(String.join("\n",
      TlShapes.HEADER,
      "t Peer TypePeer",
      "c 00000001 point Point Point x:int y:int",
      "c 00000002 sample Sample Sample flags:# pinned:flags.0?true title:flags.1?string id:long",
      "c 00000003 envelope Envelope Envelope msg_id:long bytes:@length body:Object",
      "c 00000004 counted Counted Counted count:nat name:string",
      "c 00000005 peerA Peer PeerA",
      "c 00000006 peerB Peer PeerB",
      "c 00000007 holder Holder Holder peer:Peer",
      "c 00000008 pair Pair Pair flags:# on:flags.0?true a:flags.0?int b:flags.0?string",
      ""));

  /** Tokens as a parser gives them: a token, and for names, strings and numbers its text. */
  private static JsonInput tokens(Object... parts) {
    List<Token> kinds = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      Token t = (Token) parts[i];
      kinds.add(t);
      boolean hasText = t == Token.NAME || t == Token.STRING || t == Token.NUMBER;
      texts.add(hasText ? (String) parts[++i] : null);
    }
    kinds.add(Token.END);
    texts.add(null);
    return new JsonInput() {
      int at = -1;

      @Override
      public Token next() {
        return kinds.get(++at);
      }

      @Override
      public String text() {
        return texts.get(at);
      }

      @Override
      public int line() {
        return 1;
      }

      @Override
      public int column() {
        return at + 1;
      }
    };
  }

  private static String encode(JsonDialect dialect, JsonInput in) {
    return HexFormat.of().formatHex(new JsonToTl(SHAPES, JsonReadOptions.of(dialect)).encode(in));
  }

  private static String encode(JsonInput in) {
    return encode(JsonDialect.TLKIT, in);
  }

  @Test
  void flagsAreComputedWhateverTheOrderOfTheFields() {
    String expected = "02000000"  // sample#00000002
        + "03000000"              // flags: pinned (bit 0), title (bit 1)
        + "02686900"              // title: length 2, "hi", 1 byte of padding
        + "0700000000000000";     // id: 7
    assertEquals(expected, encode(tokens(Token.START_OBJECT, Token.NAME, "_", Token.STRING, "sample",
        Token.NAME, "pinned", Token.TRUE, Token.NAME, "title", Token.STRING, "hi",
        Token.NAME, "id", Token.STRING, "7", Token.END_OBJECT)));
    // The name last and the fields reversed: the same bytes.
    assertEquals(expected, encode(tokens(Token.START_OBJECT, Token.NAME, "id", Token.STRING, "7",
        Token.NAME, "title", Token.STRING, "hi", Token.NAME, "pinned", Token.TRUE,
        Token.NAME, "_", Token.STRING, "sample", Token.END_OBJECT)));
  }

  @Test
  void aFieldTwiceIsAnError() {
    TlJsonException e = assertThrows(TlJsonException.class, () -> encode(tokens(Token.START_OBJECT,
        Token.NAME, "_", Token.STRING, "sample", Token.NAME, "pinned", Token.FALSE,
        Token.NAME, "pinned", Token.TRUE, Token.NAME, "id", Token.STRING, "7", Token.END_OBJECT)));
    assertEquals("pinned", e.path());
    assertEquals("the field appears twice", e.reason());
  }

  @Test
  void theLengthBeforeAnObjectIsComputed() {
    assertEquals("03000000"        // envelope#00000003
            + "0900000000000000"   // msg_id: 9
            + "0c000000"           // bytes: the 12 bytes of body
            + "01000000" + "01000000" + "02000000", // body: point#00000001 x 1 y 2
        encode(tokens(Token.START_OBJECT, Token.NAME, "_", Token.STRING, "envelope",
            Token.NAME, "msg_id", Token.STRING, "9", Token.NAME, "body", Token.START_OBJECT,
            Token.NAME, "_", Token.STRING, "point", Token.NAME, "x", Token.NUMBER, "1",
            Token.NAME, "y", Token.NUMBER, "2", Token.END_OBJECT, Token.END_OBJECT)));
  }

  @Test
  void aNatNoFlagRefersToIsZeroWhenAbsent() {
    assertEquals("04000000" + "00000000" + "01610000", // counted: count 0, name "a"
        encode(tokens(Token.START_OBJECT, Token.NAME, "_", Token.STRING, "counted",
            Token.NAME, "name", Token.STRING, "a", Token.END_OBJECT)));
    assertEquals("04000000" + "05000000" + "01610000", // given after name: laid out again
        encode(tokens(Token.START_OBJECT, Token.NAME, "_", Token.STRING, "counted",
            Token.NAME, "name", Token.STRING, "a", Token.NAME, "count", Token.NUMBER, "5",
            Token.END_OBJECT)));
  }

  @Test
  void tdlibsExtraIsSkippedInTheOutermostObjectOnly() {
    assertEquals("05000000", encode(JsonDialect.TDLIB, tokens(Token.START_OBJECT,
        Token.NAME, "@type", Token.STRING, "peerA", Token.NAME, "@extra", Token.START_ARRAY,
        Token.NUMBER, "1", Token.END_ARRAY, Token.END_OBJECT)));
    TlJsonException e = assertThrows(TlJsonException.class, () -> encode(JsonDialect.TDLIB,
        tokens(Token.START_OBJECT, Token.NAME, "@type", Token.STRING, "holder", Token.NAME, "peer",
            Token.START_OBJECT, Token.NAME, "@type", Token.STRING, "peerA", Token.NAME, "@extra",
            Token.NUMBER, "1", Token.END_OBJECT, Token.END_OBJECT)));
    assertEquals("peer.@extra", e.path());
    assertEquals("peerA has no field @extra", e.reason());
  }

  @Test
  void aTypedReadTakesOnlyItsTypesConstructors() {
    JsonToTl encoder = new JsonToTl(SHAPES, JsonReadOptions.of(JsonDialect.TLKIT));
    assertEquals("06000000", HexFormat.of().formatHex(encoder.encode(tokens(Token.START_OBJECT,
        Token.NAME, "_", Token.STRING, "peerB", Token.END_OBJECT), "TypePeer")));
    assertEquals("expected a constructor of Peer, found point", assertThrows(TlJsonException.class,
        () -> encoder.encode(tokens(Token.START_OBJECT, Token.NAME, "_", Token.STRING, "point",
            Token.NAME, "x", Token.NUMBER, "1", Token.NAME, "y", Token.NUMBER, "2",
            Token.END_OBJECT), "TypePeer")).reason());
    assertEquals("expected peerA, found peerB", assertThrows(TlJsonException.class,
        () -> encoder.encode(tokens(Token.START_OBJECT, Token.NAME, "_", Token.STRING, "peerB",
            Token.END_OBJECT), "PeerA")).reason());
  }

  @Test
  void fieldsOfOneBitAreGivenTogetherOrNotAtAll() {
    assertEquals("08000000" + "01000000" + "05000000" + "01610000", // pair: flags bit 0, a 5, b "a"
        encode(tokens(Token.START_OBJECT, Token.NAME, "_", Token.STRING, "pair",
            Token.NAME, "on", Token.TRUE, Token.NAME, "a", Token.NUMBER, "5",
            Token.NAME, "b", Token.STRING, "a", Token.END_OBJECT)));
    assertEquals("08000000" + "00000000", encode(tokens(Token.START_OBJECT,
        Token.NAME, "_", Token.STRING, "pair", Token.NAME, "on", Token.FALSE, Token.END_OBJECT)));
    TlJsonException missing = assertThrows(TlJsonException.class, () -> encode(tokens(
        Token.START_OBJECT, Token.NAME, "_", Token.STRING, "pair", Token.NAME, "on", Token.TRUE,
        Token.NAME, "a", Token.NUMBER, "5", Token.END_OBJECT)));
    assertEquals("b", missing.path());
    assertEquals("must be present: another field of flags.0 is set", missing.reason());
    TlJsonException notTrue = assertThrows(TlJsonException.class, () -> encode(tokens(
        Token.START_OBJECT, Token.NAME, "_", Token.STRING, "pair", Token.NAME, "b", Token.STRING,
        "a", Token.NAME, "a", Token.NUMBER, "5", Token.END_OBJECT)));
    assertEquals("on", notTrue.path());
    assertEquals("must be true: another field of flags.0 is set", notTrue.reason());
  }

  @Test
  void aRequiredFieldLeftOutIsNamed() {
    TlJsonException e = assertThrows(TlJsonException.class, () -> encode(tokens(Token.START_OBJECT,
        Token.NAME, "_", Token.STRING, "point", Token.NAME, "y", Token.NUMBER, "2",
        Token.END_OBJECT)));
    assertEquals("missing field x of point", e.reason());
  }

  @Test
  void aBrokenTableNamesItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TlShapes.parse(TlShapes.HEADER + "\nc 00000001 point Point Point x:flags.0?int\n"));
    assertEquals("shape table line 2: no # field flags before x: c 00000001 point Point Point "
        + "x:flags.0?int", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TlShapes.parse("tlkit-shapes 2\n"));
  }
}

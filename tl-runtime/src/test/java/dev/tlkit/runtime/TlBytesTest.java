package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TlBytes}: an immutable value. */
class TlBytesTest {
  @Test
  void equalByContent() {
    TlBytes a = TlBytes.of(new byte[] {1, 2, 3});
    TlBytes b = TlBytes.ofHex("010203");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.hashCode(), a.hashCode()); // cached, same value
    assertNotEquals(a, TlBytes.ofHex("0102"));
    assertNotEquals(a, TlBytes.ofHex("010204"));
    assertNotEquals(a, "010203");
  }

  @Test
  void changingTheSourceArrayAfterwardsChangesNothing() {
    byte[] source = {1, 2, 3};
    TlBytes b = TlBytes.of(source);
    TlBytes slice = TlBytes.of(source, 1, 2);
    source[1] = 99;
    assertEquals("010203", b.hex());
    assertEquals("0203", slice.hex());
  }

  @Test
  void changingAnArrayTakenOutChangesNothing() {
    TlBytes b = TlBytes.ofHex("0a0b");
    byte[] out = b.toByteArray();
    out[0] = 0;
    assertEquals("0a0b", b.hex());
    byte[] dest = new byte[4];
    b.copyTo(dest, 1);
    assertArrayEquals(new byte[] {0, 10, 11, 0}, dest);
    assertThrows(IndexOutOfBoundsException.class, () -> b.copyTo(dest, 3));
  }

  @Test
  void hexIsLowerCaseAndParsesEitherCase() {
    assertEquals("00ff7fa0", TlBytes.ofHex("00FF7fA0").hex());
    assertEquals("", TlBytes.EMPTY.hex());
    assertSame(TlBytes.EMPTY, TlBytes.ofHex(""));
    assertSame(TlBytes.EMPTY, TlBytes.of(new byte[0]));
  }

  @Test
  void badHexIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlBytes.ofHex("abc"));
    assertTrue(e.getMessage().startsWith("not hex: \"abc\""), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TlBytes.ofHex("zz"));
    assertThrows(IllegalArgumentException.class, () -> TlBytes.ofHex("0 1"));
    assertThrows(IllegalArgumentException.class, () -> TlBytes.ofHex("0x01"));
  }

  @Test
  void elementsAndLength() {
    TlBytes b = TlBytes.ofHex("80ff");
    assertEquals(2, b.length());
    assertEquals((byte) 0x80, b.byteAt(0));
    assertEquals((byte) 0xff, b.byteAt(1));
    assertThrows(IndexOutOfBoundsException.class, () -> b.byteAt(2));
    assertThrows(IndexOutOfBoundsException.class, () -> b.byteAt(-1));
    assertTrue(TlBytes.EMPTY.isEmpty());
    assertThrows(IndexOutOfBoundsException.class, () -> TlBytes.of(new byte[2], 1, 2));
  }

  @Test
  void utf8BothWays() {
    TlBytes b = TlBytes.utf8("héllo");
    assertEquals("68c3a96c6c6f", b.hex());
    assertEquals("héllo", b.utf8());
    assertEquals("\ufffd", TlBytes.ofHex("ff").utf8());
  }

  @Test
  void toStringShowsLengthAndHexCutAfter64Bytes() {
    assertEquals("TlBytes[4]{0a0b0c0d}", TlBytes.ofHex("0a0b0c0d").toString());
    assertEquals("TlBytes[0]{}", TlBytes.EMPTY.toString());
    assertEquals("TlBytes[64]{" + "ab".repeat(64) + "}", TlBytes.ofHex("ab".repeat(64)).toString());
    assertEquals("TlBytes[65]{" + "ab".repeat(64) + "…}",
        TlBytes.ofHex("ab".repeat(65)).toString());
  }

  @Test
  void sortsUnsignedLexicographically() {
    List<TlBytes> list = new ArrayList<>(List.of(
        TlBytes.ofHex("ff"), TlBytes.ofHex("0100"), TlBytes.ofHex("01"), TlBytes.EMPTY,
        TlBytes.ofHex("7f")));
    Collections.sort(list);
    assertEquals(List.of(TlBytes.EMPTY, TlBytes.ofHex("01"), TlBytes.ofHex("0100"),
        TlBytes.ofHex("7f"), TlBytes.ofHex("ff")), list);
    assertEquals(0, TlBytes.ofHex("80").compareTo(TlBytes.ofHex("80")));
  }
}

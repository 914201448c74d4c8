package dev.tlkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HexTest {
  @Test
  void parsesAnyCaseAndSkipsWhitespace() {
    assertArrayEquals(new byte[] {0x0c, 0x60, (byte) 0xc4, (byte) 0xa6},
        Hex.parse(" 0c60\nC4 a6\t"));
    assertArrayEquals(new byte[0], Hex.parse(""));
  }

  @Test
  void errorsGiveTheOffset() {
    assertEquals("bad hex at offset 3: 'g' is not a hex digit",
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("0a g0")).getMessage());
    assertEquals("bad hex at offset 4: odd number of hex digits, the last one has no pair",
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("0a0b0")).getMessage());
  }

  @Test
  void hexTextIsDigitsAndWhitespaceOnly() {
    assertTrue(Hex.isHexText("0c60c4a6\n".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(Hex.isHexText(new byte[] {0x0c, 0x60, (byte) 0xc4, (byte) 0xa6}));
    assertFalse(Hex.isHexText("\n".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void snippetsMarkWhereTheBytesGoOn() {
    byte[] b = {1, 2, 3, 4, 5};
    assertEquals("0102…", Hex.snippet(b, 0, 2));
    assertEquals("…0304…", Hex.snippet(b, 2, 2));
    assertEquals("…05", Hex.snippet(b, 4, 2));
    assertEquals("(end)", Hex.snippet(b, 5, 2));
  }
}

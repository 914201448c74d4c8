package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Where a decode error happened: the offset, and the path of fields that led there. */
class TlDecodeExceptionTest {
  @Test
  void messageStartsWithTheOffset() {
    TlDecodeException e = new TlDecodeException("truncated", 12);
    assertEquals(12, e.offset());
    assertEquals("", e.path());
    assertEquals("truncated", e.reason());
    assertEquals("at offset 12: truncated", e.getMessage());
  }

  @Test
  void withinPrependsPathSegments() {
    TlDecodeException e = new TlDecodeException("truncated", 40)
        .within("photo").within("media").within("message");
    assertEquals("message.media.photo", e.path());
    assertEquals(40, e.offset());
    assertEquals("at offset 40 in message.media.photo: truncated", e.getMessage());
  }

  @Test
  void listIndexesJoinWithoutADot() {
    TlDecodeException e = new TlDecodeException("bad", 0)
        .within("photo").within("[3]").within("users").within("[0]");
    assertEquals("[0].users[3].photo", e.path());
  }

  /** What generated decoders call: the field, and the element of a list field being read. */
  @Test
  void withinAFieldAndAnElement() {
    TlDecodeException e = new TlDecodeException("bad", 0).within("media");
    assertEquals("messages[3].media", e.within("messages", 3).path());
    assertEquals("messages.media", e.within("messages", -1).path());
    assertEquals("ids[0]", new TlDecodeException("bad", 0).within("ids", 0).path());
  }

  @Test
  void withinKeepsCauseAndStackTrace() {
    IOException cause = new IOException("inflater said no");
    TlDecodeException e = new TlDecodeException("corrupt", 4, cause);
    TlDecodeException outer = e.within("x");
    assertSame(cause, outer.getCause());
    assertArrayEquals(e.getStackTrace(), outer.getStackTrace());
    assertEquals("corrupt", outer.reason());
  }
}

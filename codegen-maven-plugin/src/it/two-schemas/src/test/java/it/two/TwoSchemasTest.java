package it.two;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of all three executions compile side by side, each package with its own Tl. */
class TwoSchemasTest {
  @Test
  void eachPackageHasItsOwnClasses() {
    it.alpha.Note note = it.alpha.Note.builder().pinned(true).text("hi").tags(List.of("a")).build();
    assertEquals(note, it.alpha.Tl.decode(note.toBytes()));

    it.gamma.Note same = it.gamma.Note.builder().pinned(true).text("hi").tags(List.of("a")).build();
    assertEquals(it.alpha.Note.ID, it.gamma.Note.ID);
    assertNotEquals((Object) note, same);

    it.beta.ShapeCircle circle = new it.beta.ShapeCircle(2.0);
    assertEquals(circle, it.beta.TypeShape.decode(new dev.tlkit.runtime.TlReader(circle.toBytes())));
  }
}

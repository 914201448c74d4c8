package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What bytes of an earlier layer's constructor become under today's schema. */
class OldBytesTest {
  private static final String TODAY = """
      boolTrue = Bool;
      boolFalse = Bool;
      vector {t:Type} # [ t ] = Vector t;
      photo id:long = Photo;
      user flags:# bot:flags.0?true id:long name:string username:flags.1?string photo:flags.2?Photo = User;
      chat id:long title:string members:int = Chat;
      channel id:long title:string = Chat;
      dialog flags:# peer:long unread:int pinned:flags.0?true = Dialog;
      note text:string = Note;
      ---functions---
      getUser id:long = User;
      """;

  private static OldBytes reading(String oldDefinition) {
    // The earlier layer: today's schema with the old definition in place of today's of its name.
    String name = oldDefinition.substring(0, oldDefinition.indexOf(' '));
    Schema old = load(TODAY.replaceAll("(?m)^" + name + " .*\\n", "")
        .replace("---functions---", oldDefinition + "\n---functions---"));
    Combinator c = old.constructor(name).orElseThrow();
    return OldBytes.of(c, load(TODAY));
  }

  @Test
  void anOldConstructorWithoutTodaysOptionalFieldsUpgradesLosingNothing() {
    OldBytes.Upgrade upgrade = assertInstanceOf(OldBytes.Upgrade.class,
        reading("user flags:# id:long name:string = User;"));

    assertEquals("user", upgrade.today().name());
    assertTrue(upgrade.lossless());
  }

  @Test
  void fieldsOnlyTheOldConstructorHadAreDroppedAndNamed() {
    OldBytes.Upgrade upgrade = assertInstanceOf(OldBytes.Upgrade.class,
        reading("user flags:# verified:flags.3?true id:long name:string about:flags.4?string "
            + "phone:string = User;"));

    assertEquals(List.of("verified", "about", "phone"), upgrade.droppedFields());
  }

  @Test
  void widenedAndNoLongerRequiredFieldsUpgrade() {
    assertInstanceOf(OldBytes.Upgrade.class, reading("chat id:int title:string members:int = Chat;"));
    assertInstanceOf(OldBytes.Upgrade.class,
        reading("user flags:# id:long name:string username:string = User;"));
  }

  @Test
  void aRequiredFieldTheOldConstructorLacksKeepsTheOldShape() {
    assertEquals("the new one requires members:int, which the old lacks",
        oldShape("chat id:long title:string = Chat;"));
  }

  @Test
  void aFieldOfAnotherTypeKeepsTheOldShape() {
    assertEquals("photo changed type from long to Photo",
        oldShape("user flags:# id:long name:string photo:flags.2?long = User;"));
    assertEquals("members changed type from long to int",
        oldShape("chat id:long title:string members:long = Chat;"), "narrowed");
    assertEquals("pinned changed from pinned:int to pinned:flags.0?true",
        oldShape("dialog flags:# peer:long unread:int pinned:int = Dialog;"));
  }

  @Test
  void aFieldThatWasOptionalAndIsNowRequiredKeepsTheOldShape() {
    assertEquals("unread was optional (unread:flags.1?int), now it is required (unread:int)",
        oldShape("dialog flags:# peer:long unread:flags.1?int = Dialog;"));
  }

  @Test
  void aConstructorTodayHasNotOrOfAnotherTypeKeepsTheOldShape() {
    assertEquals("the new schema has no constructor memo", oldShape("memo text:string = Note;"));
    assertEquals("the new note is a Note, not a Chat", oldShape("note text:string = Chat;"));
  }

  @Test
  void aStoredCallOfAFunctionReadsByTheSameRules() {
    Schema today = load(TODAY);
    Schema old = load(TODAY.replace("getUser id:long = User;", "getUser id:int = User;\ngetNote id:long = Note;"));

    OldBytes.Upgrade widened = assertInstanceOf(OldBytes.Upgrade.class,
        OldBytes.of(old.function("getUser").orElseThrow(), today));
    assertEquals("getUser", widened.today().name());
    assertTrue(widened.today().isFunction());
    assertEquals("the new schema has no function getNote", assertInstanceOf(OldBytes.OldShape.class,
        OldBytes.of(old.function("getNote").orElseThrow(), today)).reason());
  }

  private static Schema load(String text) {
    return new SchemaLoader().add("test.tl", text).load();
  }

  private static String oldShape(String oldDefinition) {
    return assertInstanceOf(OldBytes.OldShape.class, reading(oldDefinition)).reason();
  }
}

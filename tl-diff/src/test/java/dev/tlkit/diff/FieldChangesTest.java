package dev.tlkit.diff;

import static dev.tlkit.diff.Schemas.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each kind of parameter change and how it is classed. The definitions keep their id (as a schema
 * that pins ids does), so each change shows its own wire impact;
 * {@link #anIdChangeMakesEveryChangeWireIncompatible} shows what an id change adds.
 */
class FieldChangesTest {
  /** Types the definitions below refer to. */
  private static final String[] PRELUDE = {
      "point#10000001 x:int y:int = Point;",
      "peerUser#10000002 id:long = Peer;",
      "peerChat#10000003 id:long = Peer;",
  };

  @Test
  void anOptionalFieldAddedToAnExistingFlagsFieldIsCompatible() {
    assertEquals(List.of("ADDED c:flags.1?string newPosition=2 source=COMPATIBLE wire=COMPATIBLE"),
        changes("a#00000001 flags:# b:flags.0?int = A;",
            "a#00000001 flags:# b:flags.0?int c:flags.1?string = A;"));
    FieldChange c = only("a#00000001 flags:# = A;", "a#00000001 flags:# c:flags.1?string = A;");
    assertEquals("optional field; builders and accessors unchanged", c.impact().sourceWhy());
    assertEquals("old bytes have bit 1 of flags clear: absent", c.impact().wireWhy());
  }

  @Test
  void aTrueFlagAddedIsAFalseBoolean() {
    FieldChange c = only("a#00000001 flags:# x:int = A;", "a#00000001 flags:# big:flags.3?true x:int = A;");

    assertEquals("ADDED big:flags.3?true newPosition=1 source=COMPATIBLE wire=COMPATIBLE", describe(c));
    assertEquals("a true flag: false unless set", c.impact().sourceWhy());
    assertEquals("old bytes have bit 3 of flags clear: false", c.impact().wireWhy());
  }

  /** The new {@code #} field is 4 more bytes; the optional field after it is fine for Java. */
  @Test
  void anOptionalFieldWithANewFlagsFieldIsWireIncompatible() {
    assertEquals(List.of(
            "ADDED flags:# newPosition=1 source=COMPATIBLE wire=INCOMPATIBLE",
            "ADDED c:flags.0?int newPosition=2 source=COMPATIBLE wire=INCOMPATIBLE"),
        changes("a#00000001 x:int = A;", "a#00000001 x:int flags:# c:flags.0?int = A;"));
    FieldChange flags = changeList("a#00000001 x:int = A;",
        "a#00000001 x:int flags:# c:flags.0?int = A;").get(0);
    assertEquals("computed when writing: no component", flags.impact().sourceWhy());
    assertEquals("old bytes lack its 4 bytes", flags.impact().wireWhy());
  }

  /** TON's {@code mode:#} in requests: a plain int that defaults to 0. */
  @Test
  void aFlagsFieldNoConditionUsesIsAnIntThatDefaultsToZero() {
    FieldChange c = only("a#00000001 x:int = A;", "a#00000001 x:int mode:# = A;");

    assertEquals("ADDED mode:# newPosition=1 source=COMPATIBLE wire=INCOMPATIBLE", describe(c));
    assertEquals("a # field no condition uses is an int that defaults to 0", c.impact().sourceWhy());
  }

  @Test
  void aRequiredFieldAddedBreaksBuildersAndOldBytes() {
    FieldChange c = only("a#00000001 x:int = A;", "a#00000001 x:int p:Point = A;");

    assertEquals("ADDED p:Point newPosition=1 source=BREAKING wire=INCOMPATIBLE", describe(c));
    assertEquals("a required field: build() throws until p is set", c.impact().sourceWhy());
    assertEquals("old bytes lack it", c.impact().wireWhy());
  }

  @Test
  void aRemovedFieldTakesItsAccessorAway() {
    assertEquals(List.of("REMOVED y:long oldPosition=1 source=BREAKING wire=INCOMPATIBLE"),
        changes("a#00000001 x:int y:long = A;", "a#00000001 x:int = A;"));
    assertEquals(List.of("REMOVED y:flags.0?long oldPosition=2 source=BREAKING wire=INCOMPATIBLE"),
        changes("a#00000001 flags:# x:int y:flags.0?long = A;", "a#00000001 flags:# x:int = A;"));
  }

  /** A true flag has no bytes: the new reader ignores its bit. */
  @Test
  void aRemovedTrueFlagIsWireCompatible() {
    FieldChange c = only("a#00000001 flags:# big:flags.0?true x:int = A;", "a#00000001 flags:# x:int = A;");

    assertEquals("REMOVED big:flags.0?true oldPosition=1 source=BREAKING wire=COMPATIBLE", describe(c));
    assertEquals("it has no bytes: bit 0 of flags is ignored", c.impact().wireWhy());
  }

  @Test
  void aRemovedComputedFlagsFieldHadNoComponent() {
    assertEquals(List.of(
            "REMOVED flags:# oldPosition=0 source=COMPATIBLE wire=INCOMPATIBLE",
            "REMOVED y:flags.0?int oldPosition=2 source=BREAKING wire=INCOMPATIBLE"),
        changes("a#00000001 flags:# x:int y:flags.0?int = A;", "a#00000001 x:int = A;"));
  }

  @Test
  void aRetypedFieldBreaksWhenItsJavaTypeChanges() {
    FieldChange c = only("a#00000001 x:int = A;", "a#00000001 x:long = A;");

    assertEquals("RETYPED x:int -> x:long oldPosition=0 newPosition=0 source=BREAKING wire=INCOMPATIBLE",
        describe(c));
    assertEquals("its Java type changes from int to long", c.impact().sourceWhy());
    assertEquals("old bytes hold int, read as long", c.impact().wireWhy());
  }

  /** {@code bytes} and {@code string} share a wire form but not a Java type. */
  @Test
  void bytesToStringKeepsTheBytes() {
    FieldChange c = only("a#00000001 s:bytes = A;", "a#00000001 s:string = A;");

    assertEquals("RETYPED s:bytes -> s:string oldPosition=0 newPosition=0 source=BREAKING wire=COMPATIBLE",
        describe(c));
    assertEquals("its Java type changes from TlBytes to String", c.impact().sourceWhy());
    assertEquals("the same wire form", c.impact().wireWhy());
  }

  /**
   * A comment that gains TDLib's "may be null" keeps the id (comments are not part of it) but
   * gives the field a Bool in tlkit's bytes: reported, wire-incompatible.
   */
  @Test
  void aFieldThatMayNowBeNullKeepsItsIdButNotItsBytes() {
    String plain = "//@description A @p The point\na#00000001 p:Point = A;";
    String mayBeNull = "//@description A @p The point; may be null\na#00000001 p:Point = A;";
    FieldChange gained = only(plain, mayBeNull);
    assertEquals("NULLABILITY p:Point -> p:Point oldPosition=0 newPosition=0 source=COMPATIBLE wire=INCOMPATIBLE",
        describe(gained));
    assertEquals("new bytes have a Bool before it, old bytes none (same id)", gained.impact().wireWhy());
    assertEquals("NULLABILITY p:Point -> p:Point oldPosition=0 newPosition=0 source=BREAKING wire=INCOMPATIBLE",
        describe(only(mayBeNull, plain)));
  }

  /** TDLib's {@code int53} and {@code int64} are both a {@code long}, 8 bytes on the wire. */
  @Test
  void int53ToInt64KeepsTheBytesAndTheJavaType() {
    FieldChange c = only("a#00000001 x:int53 = A;", "a#00000001 x:int64 = A;");

    assertEquals("RETYPED x:int53 -> x:int64 oldPosition=0 newPosition=0 source=COMPATIBLE wire=COMPATIBLE",
        describe(c));
    assertEquals("the same wire form", c.impact().wireWhy());
  }

  /** {@code Point} (one constructor) and {@code %Point} are both the record; only the id differs. */
  @Test
  void boxedToBareKeepsTheJavaType() {
    FieldChange c = only("a#00000001 p:Point = A;", "a#00000001 p:%Point = A;");

    assertEquals("RETYPED p:Point -> p:%Point oldPosition=0 newPosition=0 source=COMPATIBLE wire=INCOMPATIBLE",
        describe(c));
    assertEquals("the same Java type, Point", c.impact().sourceWhy());
  }

  @Test
  void aFieldMadeOptionalStillCompiles() {
    FieldChange c = only("a#00000001 flags:# x:int = A;", "a#00000001 flags:# x:flags.0?int = A;");

    assertEquals("MADE_OPTIONAL x:int -> x:flags.0?int oldPosition=1 newPosition=1 source=COMPATIBLE "
        + "wire=INCOMPATIBLE", describe(c));
    assertEquals("int becomes Integer: setters compile (autoboxing); the accessor may return null",
        c.impact().sourceWhy());
    assertEquals("old bytes always carry it, with no flag bit", c.impact().wireWhy());
    assertEquals("the accessor may now return null",
        only("a#00000001 flags:# p:Peer = A;", "a#00000001 flags:# p:flags.0?Peer = A;")
            .impact().sourceWhy());
  }

  /** A {@code Bool} that becomes a true flag: a boolean either way, so only the wire notices. */
  @Test
  void boolToTrueFlagIsRetypedAndMadeOptional() {
    assertEquals(List.of(
            "RETYPED b:Bool -> b:flags.0?true oldPosition=1 newPosition=1 source=COMPATIBLE wire=INCOMPATIBLE",
            "MADE_OPTIONAL b:Bool -> b:flags.0?true oldPosition=1 newPosition=1 source=COMPATIBLE wire=INCOMPATIBLE"),
        changes("a#00000001 flags:# b:Bool = A;", "a#00000001 flags:# b:flags.0?true = A;"));
  }

  @Test
  void aFieldMadeRequiredBreaksBuilders() {
    FieldChange c = only("a#00000001 flags:# x:flags.0?int = A;", "a#00000001 flags:# x:int = A;");

    assertEquals("MADE_REQUIRED x:flags.0?int -> x:int oldPosition=1 newPosition=1 source=BREAKING "
        + "wire=INCOMPATIBLE", describe(c));
    assertEquals("build() throws unless it is set; the accessor returns int, never null",
        c.impact().sourceWhy());
    assertEquals("old bytes without flags.0 lack it", c.impact().wireWhy());
  }

  @Test
  void aFieldMovedToAnotherFlagBitIsInvisibleToJava() {
    FieldChange c = only("a#00000001 flags:# flags2:# x:flags.1?int = A;",
        "a#00000001 flags:# flags2:# x:flags2.3?int = A;");

    assertEquals("FLAG_MOVED x:flags.1?int -> x:flags2.3?int oldPosition=2 newPosition=2 "
        + "source=COMPATIBLE wire=INCOMPATIBLE", describe(c));
    assertEquals("old bytes signal it with flags.1, the new reader with flags2.3", c.impact().wireWhy());
  }

  /**
   * Of two swapped fields one is reported as moved, the other keeps its order: on a tie, the one
   * earlier in the old definition moves (so the fields that moved to the end show as moved).
   */
  @Test
  void swappedFieldsAreMovedOnTheWire() {
    FieldChange c = only("a#00000001 x:int y:long z:string = A;", "a#00000001 x:int z:string y:long = A;");

    assertEquals("MOVED y:long -> y:long oldPosition=1 newPosition=2 source=COMPATIBLE wire=INCOMPATIBLE",
        describe(c));
    assertEquals("fields are read in order: old bytes have it as parameter 2, the new reader expects "
        + "it as parameter 3", c.impact().wireWhy());
    assertEquals("only the canonical constructor's order changes", c.impact().sourceWhy());
  }

  /** Additions and removals shift positions without moving anything. */
  @Test
  void insertionsAreNotMoves() {
    assertEquals(List.of(
            "ADDED w:int newPosition=0 source=BREAKING wire=INCOMPATIBLE",
            "REMOVED y:long oldPosition=1 source=BREAKING wire=INCOMPATIBLE"),
        changes("a#00000001 x:int y:long z:string = A;", "a#00000001 w:int x:int z:string = A;"));
  }

  /** True flags take no bytes: their order is not a wire matter, nor a change worth reporting. */
  @Test
  void reorderedTrueFlagsAreNoChange() {
    SchemaChanges changes = Schemas.diff(
        Schemas.lines("a#00000001 flags:# big:flags.0?true small:flags.1?true x:int = A;"),
        Schemas.lines("a#00000001 flags:# small:flags.1?true big:flags.0?true x:int = A;"));

    assertTrue(changes.isEmpty(), changes::toString);
  }

  @Test
  void aRenamedFieldKeepsItsBytesButChangesItsAccessor() {
    SchemaChanges changes = Schemas.diff(
        Schemas.lines("a#00000001 id:long = A;"), Schemas.lines("a#00000001 user_id:long = A;"));
    FieldChange renamed = changes.constructors().get(0).fields().get(0);

    assertEquals("RENAMED id:long -> user_id:long oldPosition=0 newPosition=0 source=BREAKING "
        + "wire=COMPATIBLE", describe(renamed));
    assertEquals("user_id", renamed.name());
    assertEquals("its accessor and setter id() become userId()", renamed.impact().sourceWhy());
    assertEquals("TL names are not on the wire", renamed.impact().wireWhy());
  }

  /** A TL rename the Java names do not see ({@code user_id} and {@code userId} are both {@code userId()}). */
  @Test
  void aRenameThatKeepsTheJavaNameIsCompatible() {
    assertEquals(List.of("RENAMED user_id:long -> userId:long oldPosition=0 newPosition=0 "
            + "source=COMPATIBLE wire=COMPATIBLE"),
        changes("a#00000001 user_id:long = A;", "a#00000001 userId:long = A;"));
  }

  /** Another name at another place is not a rename: the old one is removed, the new one added. */
  @Test
  void aFieldOfAnotherNameElsewhereIsRemovedAndAdded() {
    assertEquals(List.of(
            "ADDED user_id:long newPosition=1 source=BREAKING wire=INCOMPATIBLE",
            "REMOVED id:long oldPosition=0 source=BREAKING wire=INCOMPATIBLE"),
        changes("a#00000001 id:long x:int = A;", "a#00000001 x:int user_id:long = A;"));
  }

  /**
   * A component that moves from one TL name to another of the same Java name keeps its accessor
   * and setter, whatever the TL positions say.
   */
  @Test
  void aComponentOfTheSameJavaNameAndTypeIsKept() {
    List<String> changes = changes(
        "a#00000001 user_id:long x:int = A;", "a#00000001 x:int userId:long = A;");

    assertEquals(List.of(
            "ADDED userId:long newPosition=1 source=COMPATIBLE wire=INCOMPATIBLE",
            "REMOVED user_id:long oldPosition=0 source=COMPATIBLE wire=INCOMPATIBLE"),
        changes);
  }

  /** With the id changed, no old bytes of the definition decode, whatever the field change. */
  @Test
  void anIdChangeMakesEveryChangeWireIncompatible() {
    SchemaChanges changes = Schemas.diff(
        Schemas.lines("a#00000001 flags:# x:int = A;"),
        Schemas.lines("a#00000002 flags:# x:int y:flags.0?int = A;"));
    DefinitionChange a = changes.constructors().get(0);
    FieldChange y = a.fields().get(0);

    assertEquals("ADDED y:flags.0?int newPosition=2 source=COMPATIBLE wire=INCOMPATIBLE", describe(y));
    assertEquals("the id changed", y.impact().wireWhy());
    assertEquals("optional field; builders and accessors unchanged", y.impact().sourceWhy());
  }

  @Test
  void docsAreNotCompared() {
    SchemaChanges changes = Schemas.diff(
        Schemas.lines("//@description Old words", "//@x An x", "a#00000001 x:int = A;"),
        Schemas.lines("//@description New words", "//@x The x", "a#00000001 x:int = A;"));

    assertTrue(changes.isEmpty(), changes::toString);
  }

  // Helpers.

  /** The changes of definition {@code a}, described one per line (see {@link #describe}). */
  private static List<String> changes(String oldDefinition, String newDefinition) {
    return changeList(oldDefinition, newDefinition).stream().map(Schemas::describe)
        .collect(Collectors.toList());
  }

  private static FieldChange only(String oldDefinition, String newDefinition) {
    List<FieldChange> changes = changeList(oldDefinition, newDefinition);
    assertEquals(1, changes.size(), changes::toString);
    return changes.get(0);
  }

  private static List<FieldChange> changeList(String oldDefinition, String newDefinition) {
    SchemaChanges changes = SchemaDiff.compare(
        Schemas.tl("old.tl", with(oldDefinition)), Schemas.tl("new.tl", with(newDefinition)));
    assertEquals(1, changes.constructors().size(), changes::toString);
    DefinitionChange a = changes.constructors().get(0);
    assertEquals("a", a.name());
    assertEquals(ChangeKind.CHANGED, a.kind());
    return a.fields();
  }

  private static String[] with(String definition) {
    String[] lines = java.util.Arrays.copyOf(PRELUDE, PRELUDE.length + 1);
    lines[PRELUDE.length] = definition;
    return lines;
  }
}

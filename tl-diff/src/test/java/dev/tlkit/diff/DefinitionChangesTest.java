package dev.tlkit.diff;

import static dev.tlkit.diff.Schemas.diff;
import static dev.tlkit.diff.Schemas.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.schema.Combinator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constructors and functions added, removed, or changed as a whole: id, result type. */
class DefinitionChangesTest {

  @Test
  void anAddedDefinitionIsCompatibleBothWays() {
    SchemaChanges changes = diff(
        lines("a#00000001 x:int = A;"),
        lines("a#00000001 x:int = A;", "---functions---", "getA#00000002 = A;"));
    DefinitionChange getA = changes.functions().get(0);

    assertEquals(ChangeKind.ADDED, getA.kind());
    assertEquals(Combinator.Kind.FUNCTION, getA.definitionKind());
    assertEquals("getA#00000002 = A", getA.newText());
    assertNull(getA.oldText());
    assertEquals("00000002", getA.newId());
    assertEquals(CompatibilityRules.ADDED, getA.impact());
    assertFalse(changes.hasBreaking());
    assertFalse(changes.hasWireIncompatible());
  }

  @Test
  void aRemovedDefinitionTakesItsClassAndItsId() {
    SchemaChanges changes = diff(
        lines("a#00000001 x:int = A;", "b#0000000b y:int = A;"),
        lines("a#00000001 x:int = A;"));
    DefinitionChange b = changes.constructors().get(0);

    assertEquals(ChangeKind.REMOVED, b.kind());
    assertEquals("b#0000000b y:int = A", b.oldText());
    assertEquals(new Impact(Impact.Source.BREAKING, "its class B is gone",
        Impact.Wire.INCOMPATIBLE, "old bytes with id 0000000b no longer decode"), b.impact());
    assertTrue(changes.hasBreaking());
    assertTrue(changes.hasWireIncompatible());
  }

  /** A definition whose text stays but whose id changes: Java sees only the ID constant. */
  @Test
  void anIdChangeAloneIsWireIncompatibleOnly() {
    SchemaChanges changes = diff(lines("a#00000001 x:int = A;"), lines("a#000000a2 x:int = A;"));
    DefinitionChange a = changes.constructors().get(0);

    assertEquals(ChangeKind.CHANGED, a.kind());
    assertTrue(a.idChanged());
    assertEquals("00000001", a.oldId());
    assertEquals("000000a2", a.newId());
    assertEquals(List.of(), a.fields());
    assertEquals(new Impact(Impact.Source.COMPATIBLE, "only the ID constant changes",
        Impact.Wire.INCOMPATIBLE, "old bytes carry 00000001, which the new schema does not know"),
        a.idImpact());
    assertFalse(changes.hasBreaking());
    assertTrue(changes.hasWireIncompatible());
  }

  /** A changed definition takes the worst of its parts, with the reason of the first worst. */
  @Test
  void aChangedDefinitionTakesTheWorstImpact() {
    DefinitionChange a = diff(
        lines("a#00000001 flags:# x:int = A;"),
        lines("a#00000002 flags:# x:long y:flags.0?int = A;")).constructors().get(0);

    assertEquals(new Impact(Impact.Source.BREAKING, "its Java type changes from int to long",
        Impact.Wire.INCOMPATIBLE, "old bytes carry 00000001, which the new schema does not know"),
        a.impact());
  }

  @Test
  void aFunctionResultChangeBreaksWhenDecodeResultChangesType() {
    DefinitionChange f = diff(
        lines("a#00000001 x:int = A;", "---functions---", "f#00000002 = Bool;"),
        lines("a#00000001 x:int = A;", "---functions---", "f#00000002 = A;")).functions().get(0);

    assertEquals(new DefinitionChange.ResultChange("Bool", "A", new Impact(Impact.Source.BREAKING,
        "decodeResult returns A instead of Boolean",
        Impact.Wire.INCOMPATIBLE, "old replies are read as A")), f.result());
    assertFalse(f.idChanged());
  }

  /** {@code Vector<int>} and {@code vector<int>} are both a {@code List<Integer>}; one has an id. */
  @Test
  void aResultOfTheSameJavaTypeCompiles() {
    DefinitionChange f = diff(
        lines("---functions---", "f#00000002 = Vector<int>;"),
        lines("---functions---", "f#00000002 = vector<int>;")).functions().get(0);

    assertEquals("Vector<int>", f.result().oldType());
    assertEquals("vector<int>", f.result().newType());
    assertEquals(Impact.Source.COMPATIBLE, f.result().impact().source());
    assertEquals("decodeResult still returns List<Integer>", f.result().impact().sourceWhy());
    assertEquals(Impact.Wire.INCOMPATIBLE, f.result().impact().wire());
  }

  @Test
  void aConstructorMovedToAnotherTypeBreaks() {
    SchemaChanges changes = diff(
        lines("a#00000001 x:int = A;", "a2#00000002 = A;", "b#00000003 = B;"),
        lines("a#00000001 x:int = B;", "a2#00000002 = A;", "b#00000003 = B;"));
    DefinitionChange a = changes.constructors().get(0);

    assertEquals(new Impact(Impact.Source.BREAKING, "the record now belongs to B, no longer to A",
        Impact.Wire.INCOMPATIBLE, "where A is read, its bytes are no longer accepted"),
        a.result().impact());
    // The types say it too: A lost a constructor, B gained one.
    assertEquals(List.of("A", "B"), changes.types().stream().map(TypeChange::name).toList());
  }

  @Test
  void equalSchemasHaveNoChanges() {
    String[] schema = {"a#00000001 x:int = A;", "---functions---", "f#00000002 = A;"};
    SchemaChanges changes = diff(schema, schema);

    assertTrue(changes.isEmpty());
    assertFalse(changes.hasBreaking());
    assertFalse(changes.hasWireIncompatible());
    assertEquals(0, changes.breakingCount());
  }

  /** Builtin declarations have no generated class. */
  @Test
  void builtinsAreNotCompared() {
    SchemaChanges changes = diff(
        lines("int ? = Int;", "a#00000001 x:int = A;"),
        lines("a#00000001 x:int = A;", "int128 4*[ int ] = Int128;"));

    assertTrue(changes.isEmpty(), changes::toString);
  }

  /** Whatever the order in the files, changes come sorted by name. */
  @Test
  void changesAreSortedByName() {
    SchemaChanges changes = diff(
        lines("zeta#00000001 = Z;", "alpha#00000002 = A;"),
        lines("beta#00000003 = B;", "alpha#00000012 = A;", "omega#00000004 = O;"));

    assertEquals(List.of("alpha", "beta", "omega", "zeta"),
        changes.constructors().stream().map(DefinitionChange::name).toList());
    assertEquals(List.of("B", "O", "Z"),
        changes.types().stream().map(TypeChange::name).toList());
  }

  @Test
  void layersAndFilesNameTheTwoSides() {
    SchemaChanges changes = diff(lines("// LAYER 7", "a#00000001 = A;"), lines("a#00000001 = A;"));

    assertEquals("layer 7", changes.oldVersion().label());
    assertEquals(7, changes.oldVersion().layer().getAsInt());
    assertEquals("new.tl", changes.newVersion().label());
    assertEquals(List.of("new.tl"), changes.newVersion().files());
  }
}

package dev.tlkit.diff;

import static dev.tlkit.diff.Schemas.diff;
import static dev.tlkit.diff.Schemas.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boxed types, whose Java form depends on their number of constructors: one gives that
 * constructor's record, several a sealed interface.
 */
class TypeChangesTest {

  /** {@code TypePeer.id()} exists because every constructor has {@code id:long}; one loses it. */
  @Test
  void aSealedInterfaceThatLosesASharedAccessorBreaks() {
    TypeChange peer = onlyType(
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;"),
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 chat_id:long = Peer;"));

    assertEquals(ChangeKind.CHANGED, peer.kind());
    assertEquals(List.of(), peer.addedConstructors());
    assertEquals(List.of("id(): long"), peer.lostAccessors());
    assertEquals(new Impact(Impact.Source.BREAKING,
        "TypePeer no longer declares id(): long: not every constructor has it with one Java type",
        Impact.Wire.COMPATIBLE, "old bytes carry constructors it still has"), peer.impact());
  }

  /** One Java type is what makes an accessor shared: {@code long} and {@code int} are not. */
  @Test
  void aSharedAccessorIsLostWhenOneConstructorRetypesIt() {
    TypeChange peer = onlyType(
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;"),
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:int = Peer;"));

    assertEquals(List.of("id(): long"), peer.lostAccessors());
    assertTrue(peer.impact().isBreaking());
  }

  @Test
  void aSealedInterfaceThatGainsASharedAccessorIsCompatible() {
    TypeChange peer = onlyType(
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 chat_id:long = Peer;"),
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;"));

    assertEquals(List.of("id(): long"), peer.gainedAccessors());
    assertEquals(new Impact(Impact.Source.COMPATIBLE, "TypePeer now declares id(): long",
        Impact.Wire.COMPATIBLE, "old bytes carry constructors it still has"), peer.impact());
  }

  /** A new constructor without the component takes the accessor away from the others too. */
  @Test
  void aNewConstructorWithoutTheComponentBreaksTheAccessor() {
    TypeChange peer = onlyType(
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;"),
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;",
            "peerEmpty#00000003 = Peer;"));

    assertEquals(List.of("peerEmpty"), peer.addedConstructors());
    assertEquals(List.of("id(): long"), peer.lostAccessors());
    assertTrue(peer.impact().isBreaking());
    assertEquals(Impact.Wire.COMPATIBLE, peer.impact().wire());
  }

  @Test
  void aTypeThatGainsASecondConstructorBecomesAnInterface() {
    TypeChange peer = onlyType(
        lines("peerUser#00000001 id:long = Peer;"),
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;"));

    assertEquals(ChangeKind.CHANGED, peer.kind());
    assertEquals(List.of("peerUser"), peer.oldConstructors());
    assertEquals(List.of("peerChat", "peerUser"), peer.newConstructors());
    assertEquals(List.of("peerChat"), peer.addedConstructors());
    assertEquals(new Impact(Impact.Source.BREAKING,
        "its Java type changes from record PeerUser to sealed interface TypePeer",
        Impact.Wire.COMPATIBLE, "old bytes carry constructors it still has"), peer.impact());
  }

  @Test
  void anInterfaceThatGainsAConstructorStillCompiles() {
    TypeChange peer = onlyType(
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;"),
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;",
            "peerChannel#00000003 id:long = Peer;"));

    assertEquals(new Impact(Impact.Source.COMPATIBLE,
        "more classes implement its sealed interface; an exhaustive switch needs cases",
        Impact.Wire.COMPATIBLE, "old bytes carry constructors it still has"), peer.impact());
  }

  @Test
  void aTypeThatLosesAConstructorBreaksBothWays() {
    TypeChange peer = onlyType(
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;",
            "peerChannel#00000003 id:long = Peer;"),
        lines("peerUser#00000001 id:long = Peer;", "peerChannel#00000003 id:long = Peer;"));

    assertEquals(List.of("peerChat"), peer.removedConstructors());
    assertEquals(new Impact(Impact.Source.BREAKING,
        "peerChat no longer implements its sealed interface TypePeer",
        Impact.Wire.INCOMPATIBLE, "old bytes may carry peerChat, which it no longer has"),
        peer.impact());
  }

  @Test
  void anInterfaceDownToOneConstructorIsGone() {
    TypeChange peer = onlyType(
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;"),
        lines("peerUser#00000001 id:long = Peer;"));

    assertEquals(Impact.Source.BREAKING, peer.impact().source());
    assertEquals("its sealed interface TypePeer is gone: its Java type becomes record PeerUser",
        peer.impact().sourceWhy());
  }

  @Test
  void aReplacedOnlyConstructorChangesTheRecord() {
    TypeChange point = onlyType(lines("point#00000001 x:int = Point;"),
        lines("point2d#00000002 x:int = Point;"));

    assertEquals("its Java type changes from record Point to record Point2d",
        point.impact().sourceWhy());
    assertEquals(Impact.Wire.INCOMPATIBLE, point.impact().wire());
  }

  @Test
  void addedAndRemovedTypes() {
    SchemaChanges changes = diff(
        lines("a#00000001 = A;", "old#00000002 = Old;"),
        lines("a#00000001 = A;", "new#00000003 = New;"));

    TypeChange added = changes.types().get(0);
    TypeChange removed = changes.types().get(1);
    assertEquals("New", added.name());
    assertEquals(ChangeKind.ADDED, added.kind());
    assertEquals(List.of("new"), added.newConstructors());
    assertEquals(CompatibilityRules.ADDED, added.impact());
    assertEquals("Old", removed.name());
    assertEquals(ChangeKind.REMOVED, removed.kind());
    assertEquals(new Impact(Impact.Source.BREAKING, "fields and results of Old are gone",
        Impact.Wire.INCOMPATIBLE, "old bytes of Old no longer decode"), removed.impact());
  }

  /** A constructor moving within the file changes nothing. */
  @Test
  void constructorOrderIsNoChange() {
    SchemaChanges changes = diff(
        lines("peerUser#00000001 id:long = Peer;", "peerChat#00000002 id:long = Peer;"),
        lines("peerChat#00000002 id:long = Peer;", "peerUser#00000001 id:long = Peer;"));

    assertTrue(changes.isEmpty(), changes::toString);
  }

  private static TypeChange onlyType(String[] oldLines, String[] newLines) {
    SchemaChanges changes = diff(oldLines, newLines);
    assertEquals(1, changes.types().size(), changes::toString);
    return changes.types().get(0);
  }
}

package dev.tlkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three renderers over one small pair of schemas with one change of each sort. */
class ReportsTest {
  private static final String[] OLD = {
      "// LAYER 1",
      "peerUser#00000001 id:long = Peer;",
      "user#00000003 flags:# id:long name:string = User;",
      "---functions---",
      "getUser#00000004 id:long = User;",
      "ping#00000005 = Bool;",
  };
  private static final String[] NEW = {
      "// LAYER 2",
      "peerUser#00000001 id:long = Peer;",
      "peerChat#00000006 id:long = Peer;",
      "user#00000013 flags:# id:long bot:flags.0?true name:string username:flags.1?string = User;",
      "point#00000002 x:int y:int = Point;",
      "---functions---",
      "getUser#00000004 id:long = Point;",
  };
  private static final SchemaChanges SMALL = Schemas.diff(OLD, NEW);

  @Test
  void text() {
    assertEquals("""
        layer 1 -> 2: 2 added, 1 removed, 2 changed; types: 1 added, 0 removed, 1 changed (3 breaking, 3 wire-incompatible)
        + peerChat (constructor)  peerChat#00000006 id:long = Peer
        + point (constructor)  point#00000002 x:int y:int = Point
        ~ user (constructor)  id 00000003 -> 00000013  [wire-incompatible]
            + bot:flags.0?true  source: compatible (a true flag: false unless set)  wire: incompatible (the id changed)
            + username:flags.1?string  source: compatible (optional field; builders and accessors unchanged)  wire: incompatible (the id changed)
            old bytes: upgrade to the new user
        ~ getUser (function)  [breaking, wire-incompatible]
            result User -> Point  source: breaking (decodeResult returns Point instead of User)  wire: incompatible (old replies are read as Point)
        - ping (function)  ping#00000005 = Bool  [breaking, wire-incompatible]
            source: breaking (its class Ping is gone)  wire: incompatible (old bytes with id 00000005 no longer decode)
        ~ Peer (type)  1 -> 2 constructors  [breaking]
            + peerChat
            source: breaking (its Java type changes from record PeerUser to sealed interface TypePeer)  wire: compatible (old bytes carry constructors it still has)
        + Point (type)  point
        """, TextReport.render(SMALL));
  }

  @Test
  void textListsLostAndGainedAccessors() {
    SchemaChanges changes = Schemas.diff(
        Schemas.lines("a#00000001 id:long = T;", "b#00000002 id:long = T;"),
        Schemas.lines("a#00000001 id:long name:string = T;", "b#00000002 id:int name:string = T;"));

    assertTrue(TextReport.render(changes).endsWith("""
        ~ T (type)  2 -> 2 constructors  [breaking]
            - accessor id(): long
            + accessor name(): String
            source: breaking (TypeT no longer declares id(): long: not every constructor has it with one Java type)  wire: compatible (old bytes carry constructors it still has)
        """), TextReport.render(changes));
    assertTrue(MarkdownReport.render(changes).contains("- **breaking** type `T`, 2 -> 2 constructors, "
        + "lost accessors `id(): long`, gained accessors `name(): String`: source breaking"),
        MarkdownReport.render(changes));
  }

  @Test
  void aMarkdownHeadingOfFileNamesKeepsTheirCase() {
    SchemaChanges changes = SchemaDiff.compare(Schemas.tl("api.tl", "a#00000001 = A;"),
        Schemas.tl("api-next.tl", "a#00000001 = A;", "b#00000002 = B;"));
    assertTrue(MarkdownReport.render(changes).startsWith("## api.tl -> api-next.tl\n"),
        MarkdownReport.render(changes));
  }

  @Test
  void aGenericResultIsWrittenAsTheSchemaWritesIt() {
    SchemaChanges changes = Schemas.diff(
        Schemas.lines("item#00000001 id:int = Item;", "---functions---",
            "getItems#00000002 = Vector<Item>;"),
        Schemas.lines("item#00000001 id:int = Item;", "---functions---",
            "getItems#00000002 = Vector<Item>;", "getIds#00000003 peer:Vector<Item> = Vector<int>;"));

    assertTrue(TextReport.render(changes).contains(
        "+ getIds (function)  getIds#00000003 peer:Vector<Item> = Vector<int>\n"), TextReport.render(changes));
    assertTrue(MarkdownReport.render(changes).contains(
        "- function `getIds#00000003 peer:Vector<Item> = Vector<int>`"), MarkdownReport.render(changes));
    assertTrue(JsonReport.render(changes).contains(
        "\"new\": \"getIds#00000003 peer:Vector<Item> = Vector<int>\""), JsonReport.render(changes));
  }

  @Test
  void textOfNoChanges() {
    assertEquals("layer 1 -> 1: no changes\n", TextReport.render(Schemas.diff(OLD, OLD)));
  }

  @Test
  void markdown() {
    assertEquals("""
        ## Layer 1 -> 2

        2 added, 1 removed, 2 changed; types: 1 added, 0 removed, 1 changed. 3 breaking, 3 wire-incompatible.

        ### Added

        - constructor `peerChat#00000006 id:long = Peer`
        - constructor `point#00000002 x:int y:int = Point`
        - type `Point` (`point`)

        ### Removed

        - **breaking** function `ping`: source breaking (its class Ping is gone); wire incompatible (old bytes with id 00000005 no longer decode)

        ### Changed

        - constructor `user`, id `00000003` -> `00000013`
          - added `bot:flags.0?true`: source compatible (a true flag: false unless set); wire incompatible (the id changed)
          - added `username:flags.1?string`: source compatible (optional field; builders and accessors unchanged); wire incompatible (the id changed)
          - old bytes: upgrade to the new user
        - **breaking** function `getUser`
          - result `User` -> `Point`: source breaking (decodeResult returns Point instead of User); wire incompatible (old replies are read as Point)
        - **breaking** type `Peer`, 1 -> 2 constructors, added `peerChat`: source breaking (its Java type changes from record PeerUser to sealed interface TypePeer); wire compatible (old bytes carry constructors it still has)
        """, MarkdownReport.render(SMALL));
  }

  /**
   * A constructor removed or whose id changed says what bytes stored with the old one become:
   * an upgrade into the new one (naming the fields it drops), or an old-shape record and why.
   */
  @Test
  void eachReportSaysWhatStoredBytesOfAChangedConstructorBecome() {
    SchemaChanges changes = Schemas.diff(
        Schemas.lines("user#00000001 id:long name:string phone:string = User;",
            "chat#00000002 id:long = Chat;", "memo#00000003 text:string = Memo;"),
        Schemas.lines("user#00000011 id:long name:string = User;",
            "chat#00000012 id:long members:Vector<long> = Chat;"));

    String text = TextReport.render(changes);
    assertTrue(text.contains("\n    old bytes: upgrade to the new user, dropping phone\n"), text);
    assertTrue(text.contains("\n    old bytes: an old-shape record (the new one requires "
        + "members:Vector<long>, which the old lacks)\n"), text);
    assertTrue(text.contains("\n    old bytes: an old-shape record (the new schema has no constructor memo)\n"), text);
    String markdown = MarkdownReport.render(changes);
    assertTrue(markdown.contains("  - old bytes: an old-shape record (the new one requires "
        + "members:Vector\\<long>, which the old lacks)\n"), markdown);
    List<?> constructors = (List<?>) ((Map<?, ?>) parse(JsonReport.render(changes))).get("constructors");
    assertEquals(Map.of("becomes", "old_shape", "dropped", List.of(),
        "reason", "the new one requires members:Vector<long>, which the old lacks"),
        ((Map<?, ?>) constructors.get(0)).get("oldBytes"));
    assertEquals(Map.of("becomes", "upgrade", "dropped", List.of("phone")),
        withoutNulls((Map<?, ?>) ((Map<?, ?>) constructors.get(2)).get("oldBytes")));
  }

  /** Reasons are plain text: what Markdown would take for markup is escaped. */
  @Test
  void markdownEscapesReasons() {
    assertEquals("List\\<Integer> of p\\_q\\_inner\\_data", MarkdownReport.escape("List<Integer> of p_q_inner_data"));
  }

  @Test
  void jsonParsesBackToTheModel() {
    String json = JsonReport.render(SMALL);
    Map<?, ?> root = (Map<?, ?>) parse(json);

    assertEquals(List.of("format", "version", "old", "new", "summary", "constructors", "functions",
        "types"), List.copyOf(root.keySet()));
    assertEquals("tlkit-schema-diff", root.get("format"));
    assertEquals(1L, root.get("version"));
    assertEquals(Map.of("layer", 1L, "files", List.of("old.tl")), root.get("old"));
    assertEquals(Map.of("added", 2L, "removed", 1L, "changed", 2L, "typesAdded", 1L,
        "typesRemoved", 0L, "typesChanged", 1L, "breaking", 3L, "wireIncompatible", 3L),
        root.get("summary"));
    assertEquals(List.of("peerChat", "point", "user"), names(root.get("constructors")));
    assertEquals(List.of("getUser", "ping"), names(root.get("functions")));
    assertEquals(List.of("Peer", "Point"), names(root.get("types")));

    Map<?, ?> user = (Map<?, ?>) ((List<?>) root.get("constructors")).get(2);
    assertEquals(List.of("name", "change", "old", "new", "oldId", "newId", "idChanged", "result",
        "fields", "impact", "oldBytes"), List.copyOf(user.keySet()));
    assertEquals(Map.of("becomes", "upgrade", "dropped", List.of()), withoutNulls((Map<?, ?>) user.get("oldBytes")));
    assertEquals("changed", user.get("change"));
    assertEquals(true, user.get("idChanged"));
    assertEquals(null, user.get("result"));
    Map<?, ?> username = (Map<?, ?>) ((List<?>) user.get("fields")).get(1);
    assertEquals(Map.of("name", "username", "change", "added", "new", "username:flags.1?string",
        "newPosition", 4L, "impact", Map.of("source", "compatible",
            "sourceWhy", "optional field; builders and accessors unchanged",
            "wire", "incompatible", "wireWhy", "the id changed")),
        withoutNulls(username));
    assertEquals(null, username.get("old"));
    assertEquals(null, username.get("oldPosition"));

    Map<?, ?> getUser = (Map<?, ?>) ((List<?>) root.get("functions")).get(0);
    assertEquals("Point", ((Map<?, ?>) getUser.get("result")).get("new"));
    Map<?, ?> peer = (Map<?, ?>) ((List<?>) root.get("types")).get(0);
    assertEquals(List.of("peerChat", "peerUser"), peer.get("newConstructors"));
    assertEquals(List.of("name", "change", "oldConstructors", "newConstructors",
        "addedConstructors", "removedConstructors", "lostAccessors", "gainedAccessors", "impact"),
        List.copyOf(peer.keySet()));
    assertEquals(List.of(), peer.get("lostAccessors"));
    assertEquals("breaking", ((Map<?, ?>) peer.get("impact")).get("source"));
  }

  @Test
  void jsonIsDeterministic() {
    String[] shuffled = {NEW[0], NEW[4], NEW[3], NEW[2], NEW[1], NEW[5], NEW[6]};

    assertEquals(JsonReport.render(SMALL), JsonReport.render(Schemas.diff(OLD, NEW)));
    // Only locations differ when the definitions come in another order.
    assertEquals(JsonReport.render(SMALL), JsonReport.render(Schemas.diff(OLD, shuffled)));
  }

  @Test
  void jsonStringsAreEscaped() {
    String tricky = "a \"quoted\" back\\slash, tab\t, newline\n, bell\u0007, é.tl";
    SchemaChanges none = new SchemaChanges(
        new SchemaChanges.Version(java.util.OptionalInt.empty(), List.of(tricky)),
        new SchemaChanges.Version(java.util.OptionalInt.of(2), List.of("new.tl")),
        List.of(), List.of(), List.of());
    String json = JsonReport.render(none);

    assertTrue(json.contains("\"files\": [\n      \"a \\\"quoted\\\" back\\\\slash, tab\\t, newline\\n, bell\\u0007, é.tl\"\n    ]"),
        json);
    assertTrue(json.endsWith("}\n"), json);
    assertEquals(List.of(tricky), ((Map<?, ?>) ((Map<?, ?>) parse(json)).get("old")).get("files"));
  }

  /**
   * The report parsed strictly: objects keep their key order, integers are longs, a duplicate key
   * or trailing text fails.
   */
  private static Object parse(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_LONG_FOR_INTS)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .readValue(json, Object.class);
    } catch (java.io.IOException e) {
      throw new AssertionError("the report is not JSON: " + e.getMessage() + "\n" + json, e);
    }
  }

  @Test
  void formatsByName() {
    assertEquals(ReportFormat.TEXT, ReportFormat.of("text"));
    assertEquals(ReportFormat.MARKDOWN, ReportFormat.of("MD"));
    assertEquals(ReportFormat.JSON, ReportFormat.of(" json "));
    assertEquals(TextReport.render(SMALL), ReportFormat.TEXT.render(SMALL));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportFormat.of("html"));
    assertEquals("unknown report format 'html': expected text, markdown or json", e.getMessage());
  }

  private static List<Object> names(Object array) {
    List<Object> names = new ArrayList<>();
    for (Object item : (List<?>) array) {
      names.add(((Map<?, ?>) item).get("name"));
    }
    return names;
  }

  private static Map<Object, Object> withoutNulls(Map<?, ?> map) {
    Map<Object, Object> copy = new java.util.LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (v != null) {
        copy.put(k, v);
      }
    });
    return copy;
  }
}

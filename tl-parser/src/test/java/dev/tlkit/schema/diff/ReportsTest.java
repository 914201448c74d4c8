package dev.tlkit.schema.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        ~ getUser (function)  [breaking, wire-incompatible]
            result User -> Point  source: breaking (decodeResult returns record point instead of record user)  wire: incompatible (old replies are read as Point)
        - ping (function)  ping#00000005 = Bool  [breaking, wire-incompatible]
            source: breaking (its class is gone)  wire: incompatible (old bytes with id 00000005 no longer decode)
        ~ Peer (type)  1 -> 2 constructors  [breaking]
            + peerChat
            source: breaking (its Java type changes from record peerUser to a sealed interface Peer)  wire: compatible (old bytes carry constructors it still has)
        + Point (type)  point
        """, TextReport.render(SMALL));
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

        - **breaking** function `ping`: source breaking (its class is gone); wire incompatible (old bytes with id 00000005 no longer decode)

        ### Changed

        - constructor `user`, id `00000003` -> `00000013`
          - added `bot:flags.0?true`: source compatible (a true flag: false unless set); wire incompatible (the id changed)
          - added `username:flags.1?string`: source compatible (optional field; builders and accessors unchanged); wire incompatible (the id changed)
        - **breaking** function `getUser`
          - result `User` -> `Point`: source breaking (decodeResult returns record point instead of record user); wire incompatible (old replies are read as Point)
        - **breaking** type `Peer`, 1 -> 2 constructors, added `peerChat`: source breaking (its Java type changes from record peerUser to a sealed interface Peer); wire compatible (old bytes carry constructors it still has)
        """, MarkdownReport.render(SMALL));
  }

  /** Reasons are plain text: what Markdown would take for markup is escaped. */
  @Test
  void markdownEscapesReasons() {
    assertEquals("List\\<Integer> of p\\_q\\_inner\\_data", MarkdownReport.escape("List<Integer> of p_q_inner_data"));
  }

  @Test
  void jsonParsesBackToTheModel() {
    String json = JsonReport.render(SMALL);
    Map<?, ?> root = (Map<?, ?>) JsonCheck.parse(json);

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
        "fields", "impact"), List.copyOf(user.keySet()));
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
    String tricky = "a \"quoted\" back\\slash, tab\t, newline\n, bell\u0007, é";
    String json = JsonWriter.write(Map.of("s", tricky));

    assertEquals("{\n  \"s\": \"a \\\"quoted\\\" back\\\\slash, tab\\t, newline\\n, bell\\u0007, é\"\n}\n",
        json);
    assertEquals(Map.of("s", tricky), JsonCheck.parse(json));
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

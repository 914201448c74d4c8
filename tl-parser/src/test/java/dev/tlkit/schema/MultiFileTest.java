package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Several files are one schema; a name redefined differently by a later file is scoped to it. */
class MultiFileTest {
  private static final Schema SCHEMA = TestSchemas.loadApiAndMtproto();

  @Test
  void loadsAsOneSchema() {
    assertEquals(1642 + 54, SCHEMA.constructors().size());
    assertEquals(806 + 10, SCHEMA.functions().size());
    assertEquals(608 + 33, SCHEMA.types().size());
    assertEquals(List.of("api.tl", "mtproto.tl"), SCHEMA.files().stream().map(SchemaFile::path).toList());
    assertEquals(228, SCHEMA.layer().getAsInt());
  }

  @Test
  void mtprotoMessageIsScoped() {
    Combinator api = SCHEMA.constructor("message").orElseThrow();
    Combinator mtproto = SCHEMA.constructorByKey("mtproto:message").orElseThrow();

    assertEquals("", api.scope());
    assertEquals(0x7600b9d3, api.id());
    assertEquals("mtproto", mtproto.scope());
    assertEquals("message msg_id:long seqno:int bytes:int body:Object = Message", mtproto.toTl());
    assertEquals(TypeRef.Target.type("mtproto:Message"), ((TypeRef.Named) mtproto.resultType()).target());

    TlType scopedType = SCHEMA.type("mtproto:Message").orElseThrow();
    assertEquals(List.of(mtproto), scopedType.constructors());
    TlType apiType = SCHEMA.type("Message").orElseThrow();
    assertEquals(List.of("messageEmpty", "message", "messageService"),
        apiType.constructors().stream().map(Combinator::name).toList());
  }

  @Test
  void namesInsideMtprotoResolveToItsScopedDefinitionsFirst() {
    TypeRef.Named messages = (TypeRef.Named) SCHEMA.constructor("msg_container").orElseThrow()
        .parameters().get(0).type();
    assertEquals(TypeRef.Target.constructor("mtproto:message"),
        ((TypeRef.Named) messages.args().get(0)).target());

    TypeRef.Named original = (TypeRef.Named) SCHEMA.constructor("msg_copy").orElseThrow()
        .parameters().get(0).type();
    assertEquals(TypeRef.Target.type("mtproto:Message"), original.target());

    // api.tl still sees its own Message.
    TypeRef.Named updateMessage = (TypeRef.Named) SCHEMA.constructor("updateNewMessage").orElseThrow()
        .parameters().get(0).type();
    assertEquals(TypeRef.Target.type("Message"), updateMessage.target());
  }

  @Test
  void redefinitionIsReportedAsAWarningWithBothLocations() {
    List<Diagnostic> warnings = SCHEMA.warnings();

    assertEquals(1, warnings.size());
    assertEquals("mtproto.tl:69:1: warning: constructor 'message' is already defined differently "
        + "at api.tl:103:1; this definition is kept apart as 'mtproto:message', used only inside "
        + "mtproto.tl\nmessage msg_id:long seqno:int bytes:int body:Object = Message;\n^",
        warnings.get(0).format());
  }

  @Test
  void identicalDefinitionsInTwoFilesAreMergedSilently() {
    Schema schema = new SchemaLoader()
        .add("a.tl", "inputPeerEmpty = InputPeer;\nuser id:long peer:InputPeer = User;\n")
        .add("b.tl", "inputPeerEmpty = InputPeer;\n---functions---\ngetUser id:long = User;\n")
        .load();

    assertEquals(2, schema.constructors().size());
    assertTrue(schema.warnings().isEmpty());
    assertEquals(1, schema.type("InputPeer").orElseThrow().constructors().size());
    // Each file still counts what it declared.
    assertEquals(1, schema.files().get(1).constructors());
  }

  @Test
  void duplicateWithinOneFileIsAnError() {
    SchemaException e = assertThrows(SchemaException.class, () -> new SchemaLoader()
        .add("a.tl", "inputPeerEmpty = InputPeer;\ninputPeerEmpty = InputPeer;\n").load());

    assertEquals("a.tl:2:1: error: duplicate constructor 'inputPeerEmpty': already defined at a.tl:1:1",
        e.errors().get(0).format().lines().findFirst().orElseThrow());
  }

  @Test
  void scopedDefinitionsAreInvisibleToOtherFiles() {
    Schema schema = new SchemaLoader()
        .add("a.tl", "point x:int = Point;\n")
        .add("b.tl", "point x:long = Point;\nline from:point to:Point = Line;\n")
        .add("c.tl", "box corner:point = Box;\n")
        .load();

    assertEquals(TypeRef.Target.constructor("b:point"), target(schema, "line", 0));
    assertEquals(TypeRef.Target.type("b:Point"), target(schema, "line", 1));
    assertEquals(TypeRef.Target.constructor("point"), target(schema, "box", 0));
    assertFalse(schema.type("b:Point").orElseThrow().constructors().isEmpty());
  }

  private static TypeRef.Target target(Schema schema, String constructor, int parameter) {
    return ((TypeRef.Named) schema.constructor(constructor).orElseThrow().parameters()
        .get(parameter).type()).target();
  }
}

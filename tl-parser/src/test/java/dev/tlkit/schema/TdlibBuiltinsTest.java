package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TDLib's td_api.tl declares its scalars without TL's {@code ?} ({@code int32 = Int32;}): they are
 * builtins, not constructors of empty records, and a field {@code code:int32} is an {@code int}.
 */
class TdlibBuiltinsTest {
  private static final String HEADER = """
      double ? = Double;
      string ? = String;

      int32 = Int32;
      int53 = Int53;
      int64 = Int64;
      bytes = Bytes;

      boolFalse = Bool;
      boolTrue = Bool;

      vector {t:Type} # [ t ] = Vector t;
      """;

  private static Schema load(String definitions) {
    return new SchemaLoader().add("td_api.tl", HEADER + definitions).load();
  }

  private static TypeRef.Target target(Combinator c, String parameter) {
    return ((TypeRef.Named) c.parameters().stream().filter(p -> p.name().equals(parameter))
        .findFirst().orElseThrow().type()).target();
  }

  @Test
  void theScalarDeclarationsAreBuiltinsAndTheirNamesResolveToThem() {
    Schema schema = load("""
        chat id:int53 title:string unread_count:int32 ids:vector<int53> big:int64 photo:bytes
          also:Int53 = Chat;
        """);

    for (String name : List.of("int32", "int53", "int64", "bytes")) {
      assertTrue(schema.constructor(name).orElseThrow().isBuiltin(), name);
    }
    assertEquals(List.of("chat"), schema.constructors().stream().filter(c -> !c.isBuiltin())
        .map(Combinator::name).filter(n -> !n.startsWith("bool")).toList());
    Combinator chat = schema.constructor("chat").orElseThrow();
    assertEquals(TypeRef.Target.builtin(Builtin.INT53), target(chat, "id"));
    assertEquals(TypeRef.Target.builtin(Builtin.INT), target(chat, "unread_count"));
    assertEquals(TypeRef.Target.builtin(Builtin.LONG), target(chat, "big"));
    assertEquals(TypeRef.Target.builtin(Builtin.BYTES), target(chat, "photo"));
    assertEquals(TypeRef.Target.builtin(Builtin.INT53), target(chat, "also"), "the type a declaration names");
  }

  @Test
  void int53IsALongOnTheWire() {
    Schema schema = load("chat id:int53 ids:vector<int53> = Chat;\n");
    List<WireShape> shapes = WireShape.ofParameters(schema, schema.constructor("chat").orElseThrow());
    assertEquals(new WireShape.Scalar(WireShape.Primitive.INT53), shapes.get(0));
    assertEquals(8, shapes.get(0).minSize());
    assertTrue(shapes.get(0).holdsInt53());
    assertTrue(shapes.get(1).holdsInt53(), "a vector of int53s");
  }

  @Test
  void anObjectFieldWhoseCommentSaysMayBeNullIsNullable() {
    Schema schema = load("""
        //@description A file @id Identifier
        file id:int32 = File;

        //@description A sticker @thumbnail Sticker thumbnail; may be null @file File of the sticker
        //@title Its title; may be null @files Its files; files may be null @all All its files
        sticker thumbnail:file file:file title:string files:vector<file> all:vector<file> = Sticker;
        """);
    Combinator sticker = schema.constructor("sticker").orElseThrow();
    List<WireShape> shapes = WireShape.ofParameters(schema, sticker);
    WireShape file = shapes.get(1);
    assertEquals(new WireShape.Nullable(file), shapes.get(0), "written after a Bool, so a bare object may be null");
    assertEquals(4, shapes.get(0).minSize());
    assertEquals(new WireShape.LengthPrefixed(true), shapes.get(2), "a string is never null");
    assertEquals(new WireShape.Vector(new WireShape.Nullable(file), true), shapes.get(3),
        "a list is never null: its elements may be");
    assertEquals(new WireShape.Vector(file, true), shapes.get(4));
    assertTrue(sticker.mayBeNull(sticker.parameters().get(0)));
    assertTrue(!sticker.mayBeNull(sticker.parameters().get(1)));
  }

  @Test
  void theRealTdApiHasNoEmptyRecordsForItsScalars() {
    Schema tdApi = TestSchemas.load("tdlib-td_api.tl");
    for (String type : List.of("Int32", "Int53", "Int64", "Bytes")) {
      assertTrue(tdApi.type(type).isEmpty(), type + " is not a type of constructors");
    }
    Combinator error = tdApi.constructor("error").orElseThrow();
    assertEquals(TypeRef.Target.builtin(Builtin.INT), target(error, "code"));
  }
}

package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.schema.syntax.CombinatorElement;
import dev.tlkit.schema.syntax.TlFileElement;
import dev.tlkit.schema.syntax.TlFileParser;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The language on small inputs: sections, comments, layers, names, and syntax elements. */
class SyntaxTest {

  @Test
  void sectionsAnyNumberOfTimesInAnyOrder() {
    Schema schema = load("a = A;\n---functions---\nf = A;\n--- types ---\nb = B;\n"
        + "--- functions ---\ng = B;\n---types---\n");

    assertEquals(List.of("a", "b"), schema.constructors().stream().map(Combinator::name).toList());
    assertEquals(List.of("f", "g"), schema.functions().stream().map(Combinator::name).toList());
  }

  @Test
  void fileStartsInTypesMode() {
    assertEquals(1, load("a = A;\n").constructors().size());
  }

  @Test
  void layerCommentAnywhere() {
    assertEquals(OptionalInt.of(42), load("// LAYER 42\na = A;\n").layer());
    assertEquals(OptionalInt.of(7), load("a = A;\n//LAYER 7\n").layer());
    // Lower-case "layer" comments in TDLib's secret_api.tl are section notes, not the layer.
    assertEquals(OptionalInt.empty(), load("// layer 23\na = A;\n").layer());
  }

  @Test
  void commentsOfBothKindsAnywhere() {
    Schema schema = load("/* header\n spanning lines */ a /* id comes */ x:int // trailing\n"
        + "  y:long = A; /* after */\n");

    assertEquals("a x:int y:long = A", schema.constructors().get(0).toTl());
  }

  @Test
  void idsOfOneToEightHexDigits() {
    Schema schema = load("a#1 = A;\nb#ABCDEF12 = B;\n", IdPolicy.TRUST);

    assertEquals("00000001", schema.constructors().get(0).idHex());
    assertEquals("abcdef12", schema.constructors().get(1).idHex());
  }

  @Test
  void namesWithNamespacesAndUnderscores() {
    Schema schema = load("liteServer.signatureSet.ordinary x:int = liteServer.SignatureSet;\n"
        + "server_DH_params_ok y:liteServer.signatureSet.ordinary = Server_DH_Params;\n");
    Combinator ordinary = schema.constructors().get(0);

    assertEquals("liteServer.signatureSet", ordinary.namespace());
    assertEquals("ordinary", ordinary.simpleName());
    assertEquals(TypeRef.Target.constructor("liteServer.signatureSet.ordinary"),
        ((TypeRef.Named) schema.constructors().get(1).parameters().get(0).type()).target());
    assertTrue(schema.type("Server_DH_Params").isPresent());
  }

  @Test
  void severalFlagFieldsWithAnyNames() {
    Combinator c = load("a flags:# mode:# x:flags.31?true y:mode.0?int flags2:# z:flags2.5?long = A;\n")
        .constructors().get(0);

    assertEquals(new FlagCondition("flags", 31), c.parameters().get(2).condition());
    assertEquals(new FlagCondition("mode", 0), c.parameters().get(3).condition());
    assertEquals(new FlagCondition("flags2", 5), c.parameters().get(5).condition());
  }

  @Test
  void flagFieldMayBeANatTypeVariable() {
    Combinator a = load("a {n:#} x:n.0?int = A;\n").constructors().get(0);

    Parameter x = a.parameters().get(0);
    assertEquals(new FlagCondition("n", 0), x.condition());
    assertTrue(x.isOptional());
    assertEquals("a {n:#} x:n.0?int = A", a.toTl());
  }

  @Test
  void resultTypeByApplicationOrBrackets() {
    Schema schema = load("---functions---\nf {X:Type} x:!X = Vector X;\ng = Vector<long>;\n");

    assertEquals("f {X:Type} x:!X = Vector X", schema.functions().get(0).toTl());
    assertEquals("g = Vector long", schema.functions().get(1).toTl());
    assertEquals(TypeRef.Target.vector(), ((TypeRef.Named) schema.functions().get(1).resultType()).target());
  }

  @Test
  void syntaxElementsPrintThemselves() {
    ErrorCollector errors = new ErrorCollector();
    TlFileElement file = TlFileParser.parse("s.tl",
        "//@description A point\n//@x The x\np#1 x:(vector int) y:flags.0?%Y = P;\n"
            + "---functions---\nf {X:Type} q:!X = X;\n// LAYER 3\n", errors);
    CombinatorElement p = file.definitions().get(0);

    assertEquals(List.of(), errors.errors());
    assertEquals("p#00000001 x:vector<int> y:flags.0?%Y = P", p.toTl());
    assertEquals(Location.of("s.tl", 3, 1), p.location());
    assertEquals(Location.of("s.tl", 3, 5), p.parameters().get(0).location());
    assertEquals("//@description A point\n//@x The x\np#00000001 x:vector<int> y:flags.0?%Y = P;\n"
        + "---functions---\nf {X:Type} q:!X = X;\n// LAYER 3\n", file.toTl());
  }

  @Test
  void docAttachesOnlyWhenDirectlyAbove() {
    Schema schema = load("//@description Not mine\n\na = A;\n//@description Mine\nb = B;\n");

    assertEquals(Doc.EMPTY, schema.constructors().get(0).doc());
    assertEquals("Mine", schema.constructors().get(1).doc().description());
  }

  @Test
  void classDocWithContinuation() {
    Schema schema = load("//@class A @description First part\n//-second part\n\n"
        + "//@description One A\na = A;\n");

    assertEquals("First part second part", schema.type("A").orElseThrow().doc().description());
    assertEquals("One A", schema.constructors().get(0).doc().description());
  }

  @Test
  void errorsOfSeveralFilesAreSortedByFileThenLine() {
    SchemaException e = org.junit.jupiter.api.Assertions.assertThrows(SchemaException.class,
        () -> new SchemaLoader().add("b.tl", "x y:Q = X;\nz w:R = Z;\n").add("a.tl", "u v:S = U;\n")
            .load());

    assertEquals(List.of("b.tl:1:5", "b.tl:2:5", "a.tl:1:5"),
        e.errors().stream().map(d -> d.location().toString()).toList());
  }

  private static Schema load(String text) {
    return load(text, IdPolicy.STRICT);
  }

  private static Schema load(String text, IdPolicy policy) {
    return new SchemaLoader(SchemaOptions.DEFAULT.withIdPolicy(policy)).add("s.tl", text).load();
  }
}

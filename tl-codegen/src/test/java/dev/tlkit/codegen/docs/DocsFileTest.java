package dev.tlkit.codegen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and writing the docs file; every malformed input is an error at its line and column. */
class DocsFileTest {
  static final String GOOD = """
      {
        "format": "tlkit-docs 1",
        "layer": 228,
        "source": "test",
        "types": {"Point": "A point"},
        "definitions": {
          "point": {"description": "A <b>point</b>", "params": {"x": "The x"}},
          "getPoint": {"description": "Gets it", "callers": "users",
                       "errors": [{"name": "POINT_INVALID"}, {"name": "FLOOD_WAIT_%d", "code": 420, "description": "Wait"}]}
        },
        "errors": {
          "POINT_INVALID": {"code": 400, "description": "Bad point"},
          "FLOOD_WAIT_%d": {"code": 420, "description": "Wait %d seconds", "parameter": "seconds"}
        }
      }
      """;

  static ApiDocs read(String json) throws DocsException {
    return DocsFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
  }

  static String error(String json) {
    return assertThrows(DocsException.class, () -> read(json)).getMessage();
  }

  @Test
  void readsEveryPart() throws Exception {
    ApiDocs docs = read(GOOD);
    assertEquals(228, docs.layer());
    assertEquals("A point", docs.type("Point"));
    DefinitionDocs get = docs.definition("getPoint");
    assertEquals(Callers.USERS, get.callers());
    assertEquals(List.of(new FunctionError("POINT_INVALID", null, ""), new FunctionError("FLOOD_WAIT_%d", 420, "Wait")),
        get.errors());
    assertEquals(Map.of("x", "The x"), docs.definition("point").params());
    assertEquals(Callers.UNKNOWN, docs.definition("point").callers());
    assertEquals(new ErrorDoc("FLOOD_WAIT_%d", 420, "Wait %d seconds", "seconds"), docs.errors().get("FLOOD_WAIT_%d"));
    assertEquals(new ErrorDoc("POINT_INVALID", 400, "Bad point", ""), docs.resolve(get.errors().get(0)));
    assertEquals(new ErrorDoc("FLOOD_WAIT_%d", 420, "Wait", "seconds"), docs.resolve(get.errors().get(1)));
    assertEquals(DefinitionDocs.EMPTY, docs.definition("nothing"));
  }

  @Test
  void writesWhatItReads() throws Exception {
    ApiDocs docs = read(GOOD);
    String json = DocsFile.toJson(docs);
    assertEquals(json, DocsFile.toJson(read(json)));
    assertEquals(docs.definitions(), read(json).definitions());
    assertEquals(docs.errors(), read(json).errors());
  }

  @Test
  void notJson() {
    assertEquals("t.json:3:12: error: Unexpected character ('}' (code 125)): expected a value",
        error("{\n  \"format\": \"tlkit-docs 1\",\n  \"layer\": }"));
    assertEquals("t.json:1:2: error: Unexpected end-of-input: expected close marker for Object",
        error("{"));
  }

  @Test
  void wrongTypes() {
    assertEquals("t.json:1:37: error: layer: Cannot coerce String value (\"228\") to a number value",
        error("{\"format\": \"tlkit-docs 1\", \"layer\": \"228\"}"));
    assertEquals("t.json:1:65: error: definitions.a.description: Cannot coerce Integer value (5) to a string value",
        error("{\"format\": \"tlkit-docs 1\", \"definitions\": {\"a\": {\"description\": 5}}}"));
    assertEquals("t.json:1:60: error: definitions.a.errors: Cannot deserialize value of type an array from Object value",
        error("{\"format\": \"tlkit-docs 1\", \"definitions\": {\"a\": {\"errors\": {}}}}"));
    assertEquals("t.json:1:83: error: definitions.a.errors[0].code: Cannot coerce Floating-point value (4.5) to a number value",
        error("{\"format\": \"tlkit-docs 1\", \"definitions\": {\"a\": {\"errors\": [{\"name\": \"X\", \"code\": 4.5}]}}}"));
  }

  @Test
  void wrongNamesAndValuesOfTheFormat() {
    assertEquals("t.json:1:61: error: definitions.a.callers: Cannot deserialize value of type callers from String \"robots\": not one of the values accepted for [users, both, bots]",
        error("{\"format\": \"tlkit-docs 1\", \"definitions\": {\"a\": {\"callers\": \"robots\"}}}"));
    assertEquals("t.json:1:45: error: definitons: Unrecognized field \"definitons\"",
        error("{\"format\": \"tlkit-docs 1\", \"definitons\": {}}"));
    assertEquals("t.json:1:1: error: format is 'tlkit-docs 2', this tlkit reads 'tlkit-docs 1'",
        error("{\"format\": \"tlkit-docs 2\"}"));
    assertEquals("t.json:1:43: error: types.a: null is not allowed here",
        error("{\"format\": \"tlkit-docs 1\", \"types\": {\"a\": null}}"));
    assertEquals("t.json:1:43: error: types: Duplicate field 'a'",
        error("{\"format\": \"tlkit-docs 1\", \"types\": {\"a\": \"x\", \"a\": \"y\"}}").replaceAll("t.json:1:\\d+", "t.json:1:43"));
    assertEquals("t.json:1:45: error: errors.X.code: Missing required creator property 'code'",
        error("{\"format\": \"tlkit-docs 1\", \"errors\": {\"X\": {}}}").replaceAll(" \\(index.*", ""));
  }
}

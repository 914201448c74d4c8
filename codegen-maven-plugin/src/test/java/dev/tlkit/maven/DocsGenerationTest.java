package dev.tlkit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.run.GenerationFailure;
import dev.tlkit.codegen.run.GenerationRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A docs file beside the schema: documented output, warnings for unknown names, nothing written on error. */
class DocsGenerationTest {
  static final String DOCS = """
      {
        "format": "tlkit-docs 1",
        "definitions": {
          "point": {"description": "A point on the <b>plane</b>", "params": {"x": "Across", "y": "Up"}},
          "users.getUsers": {"description": "Gets users, see {@tl user}", "callers": "both",
                             "errors": [{"name": "FLOOD_WAIT_%d"}, {"name": "USER_ID_INVALID", "code": 403}]}
        },
        "errors": {
          "FLOOD_WAIT_%d": {"code": 420, "description": "Wait %d seconds", "parameter": "seconds"},
          "USER_ID_INVALID": {"code": 400, "description": "The user id is `wrong`"}
        }
      }
      """;

  @TempDir
  Path dir;

  Workspace ws;

  @BeforeEach
  void setUp() throws Exception {
    ws = new Workspace(dir);
    ws.schema("test.tl", Workspace.SCHEMA);
  }

  private String generated(String file) throws Exception {
    return Files.readString(ws.out.resolve("com/example/tl/" + file), StandardCharsets.UTF_8);
  }

  @Test
  void documentsTheCodeAndGeneratesTheCatalogue() throws Exception {
    ws.generate(ws.requestWithDocs("com.example.tl", DOCS));

    String point = generated("Point.java");
    assertTrue(point.contains(" * A point on the <b>plane</b>\n"), point);
    assertTrue(point.contains(" * @param x {@code x:int}: Across\n"), point);
    String getUsers = generated("UsersGetUsers.java");
    assertTrue(getUsers.contains(" * Gets users, see {@link User}\n"), getUsers);
    assertTrue(getUsers.contains("<p>Bots: can use this method, as users can."), getUsers);
    assertTrue(getUsers.contains("<tr><td>420</td><td>{@code FLOOD_WAIT_%d}</td><td>Wait %d seconds</td></tr>"), getUsers);
    assertTrue(getUsers.contains("<tr><td>403 (400 in the catalogue)</td><td>{@code USER_ID_INVALID}</td><td>The user id is `wrong`</td></tr>"), getUsers);
    assertTrue(getUsers.contains("RpcErrors.FLOOD_WAIT_X,"), getUsers);
    assertTrue(getUsers.contains("new RpcErrorInfo(403, \"USER_ID_INVALID\", \"The user id is `wrong`\", \"\")"), getUsers);
    String errors = generated("RpcErrors.java");
    assertTrue(errors.contains("public static final RpcErrorInfo FLOOD_WAIT_X = "
        + "new RpcErrorInfo(420, \"FLOOD_WAIT_%d\", \"Wait %d seconds\", \"seconds\");"), errors);
    assertEquals(List.of(), ws.warnings);
  }

  @Test
  void namesTheSchemaLacksAreWarningsAndTheRestWorks() throws Exception {
    String older = DOCS.replace("\"point\":", "\"pointOld\":")
        .replace("\"params\": {\"x\"", "\"params\": {\"z\": \"gone\", \"x\"")
        .replace("\"users.getUsers\": {", "\"users.getUsers\": {\"params\": {\"idz\": \"typo\"}, ");
    ws.generate(ws.requestWithDocs("com.example.tl", older));

    String docs = dir.resolve("src/main/tl-docs/api.docs.json").toString();
    assertEquals(List.of(
        docs + ": warning: definitions: 'pointOld' is not a definition of the schema",
        docs + ": warning: definitions: 'users.getUsers' has no parameter 'idz'"), ws.warnings);
    assertTrue(generated("UsersGetUsers.java").contains(" * Gets users, see {@link User}\n"));
  }

  @Test
  void aMalformedDocsFileFailsNamingItsPositionAndWritesNothing() throws Exception {
    GenerationFailure failure = assertThrows(GenerationFailure.class,
        () -> ws.generate(ws.requestWithDocs("com.example.tl", DOCS.replace("\"code\": 420,", "\"code\": 420"))));

    String docs = dir.resolve("src/main/tl-docs/api.docs.json").toString();
    assertTrue(failure.getMessage().startsWith("docs file error:\n" + docs + ":9:35: error: errors: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
        failure.getMessage());
    assertFalse(Files.exists(ws.out));
  }

  @Test
  void aWrongTypeFailsLikeMalformedJsonAndLeavesTheOutputOfTheLastRunAsItWas() throws Exception {
    ws.generate(ws.requestWithDocs("com.example.tl", DOCS));
    assertTrue(Files.exists(ws.out.resolve("com/example/tl/RpcErrors.java")));
    Map<String, String> before = Workspace.snapshot(dir.resolve("target"));

    GenerationFailure failure = assertThrows(GenerationFailure.class,
        () -> ws.generate(ws.requestWithDocs("com.example.tl", DOCS.replace("\"callers\": \"both\"", "\"callers\": true"))));

    assertTrue(failure.getMessage().contains(":5:80: error: definitions.users.getUsers.callers: Cannot deserialize value of type callers from Boolean value"), failure.getMessage());
    assertEquals(before, Workspace.snapshot(dir.resolve("target")));
  }

  @Test
  void aChangedDocsFileRegenerates() throws Exception {
    ws.generate(ws.requestWithDocs("com.example.tl", DOCS));
    GenerationRun.Result same = ws.generate(ws.requestWithDocs("com.example.tl", DOCS));
    assertTrue(same.upToDate());

    GenerationRun.Result changed = ws.generate(ws.requestWithDocs("com.example.tl", DOCS.replace("Across", "Sideways")));

    assertFalse(changed.upToDate());
    assertEquals(1, changed.written());
    assertTrue(generated("Point.java").contains("Sideways"));
  }
}

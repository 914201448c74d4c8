package dev.tlkit.maven;

import static dev.tlkit.maven.Workspace.LONG_AGO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.run.GenerationFailure;
import dev.tlkit.codegen.run.GenerationRun;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaGenerationTest {
  @TempDir
  Path dir;

  Workspace ws;

  @BeforeEach
  void setUp() throws Exception {
    ws = new Workspace(dir);
    ws.schema("test.tl", Workspace.SCHEMA);
  }

  @Test
  void generatesEveryFileAndSaysWhatItDid() throws Exception {
    GenerationRun.Result result = ws.generate(ws.request("com.example.tl"));

    assertEquals(List.of("com/example/tl/BoolFalse.java", "com/example/tl/BoolTrue.java",
        "com/example/tl/Point.java", "com/example/tl/SchemaObject.java", "com/example/tl/Tl.java", "com/example/tl/TypeBool.java",
        "com/example/tl/TypeUser.java", "com/example/tl/User.java", "com/example/tl/UserEmpty.java",
        "com/example/tl/UsersGetUsers.java", "com/example/tl/tl-shapes.txt"),
        List.copyOf(Workspace.files(ws.out).keySet()));
    assertEquals(List.of(false, 11, 11, 0, 0), counts(result));
    assertTrue(ws.lastInfo().matches("generated 11 files \\(11 written, 0 unchanged, 0 deleted\\) from 1 schema file,"
        + " layer 7: 6 constructors, 1 function, 3 types in \\d+\\.\\d s"), ws.lastInfo());
  }

  @Test
  void secondRunWithoutChangesDoesNothing() throws Exception {
    ws.generate(ws.request("com.example.tl"));
    Workspace.age(ws.out);
    Map<String, FileTime> before = Workspace.files(ws.out);

    GenerationRun.Result result = ws.generate(ws.request("com.example.tl"));

    assertTrue(result.upToDate());
    assertEquals("up to date: 1 schema file, nothing to generate", ws.lastInfo());
    assertEquals(before, Workspace.files(ws.out));
  }

  @Test
  void aChangedSchemaRewritesOnlyWhatChangedAndDeletesWhatIsGone() throws Exception {
    ws.generate(ws.request("com.example.tl"));
    Workspace.age(ws.out);
    // point gets a field, userEmpty becomes userDeleted; the same number of lines, so the other
    // files' "generated from test.tl:LINE" headers stay the same.
    ws.schema("test.tl", Workspace.SCHEMA
        .replace("point x:int y:int = Point;", "point x:int y:int z:int = Point;")
        .replace("userEmpty id:long = User;", "userDeleted id:long = User;"));

    GenerationRun.Result result = ws.generate(ws.request("com.example.tl"));

    Map<String, FileTime> after = Workspace.files(ws.out);
    assertFalse(after.containsKey("com/example/tl/UserEmpty.java"));
    assertTrue(after.containsKey("com/example/tl/UserDeleted.java"));
    assertEquals(LONG_AGO, after.get("com/example/tl/BoolTrue.java"));
    assertEquals(LONG_AGO, after.get("com/example/tl/UsersGetUsers.java"));
    assertNotEquals(LONG_AGO, after.get("com/example/tl/Point.java"));
    assertEquals(result.generated(), result.written() + result.unchanged());
    assertEquals(1, result.deleted());
    assertTrue(ws.lastInfo().contains(" deleted) "), ws.lastInfo());
  }

  @Test
  void aDeletedOutputFileIsGeneratedAgain() throws Exception {
    ws.generate(ws.request("com.example.tl"));
    Files.delete(ws.out.resolve("com/example/tl/Point.java"));

    GenerationRun.Result result = ws.generate(ws.request("com.example.tl"));

    assertFalse(result.upToDate());
    assertEquals(1, result.written());
    assertTrue(Files.isRegularFile(ws.out.resolve("com/example/tl/Point.java")));
  }

  @Test
  void aNewPackageDeletesTheOldOneAndItsEmptyDirectories() throws Exception {
    ws.generate(ws.request("com.example.tl"));

    GenerationRun.Result result = ws.generate(ws.request("org.other"));

    assertEquals(11, result.deleted());
    assertFalse(Files.exists(ws.out.resolve("com")));
    assertEquals(11, Workspace.files(ws.out.resolve("org/other")).size());
  }

  @Test
  void aMovedOutputDirectoryLeavesNothingInTheOldOne() throws Exception {
    ws.generate(ws.request("com.example.tl"));
    Path elsewhere = dir.resolve("target/elsewhere");

    ws.generate(ws.request("com.example.tl", "default", elsewhere, SchemaOptions.DEFAULT, "1.0"));

    assertEquals(Map.of(), Workspace.files(ws.out));
    assertEquals(11, Workspace.files(elsewhere).size());
  }

  @Test
  void filesNotWrittenByThisExecutionAreNeverTouched() throws Exception {
    Path mine = ws.out.resolve("com/example/tl/Handwritten.java");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "class Handwritten {}");
    ws.generate(ws.request("com.example.tl"));
    ws.schema("test.tl", "broken");
    assertThrows(GenerationFailure.class, () -> ws.generate(ws.request("com.example.tl")));
    ws.schema("test.tl", Workspace.SCHEMA);
    ws.generate(ws.request("org.other"));

    assertEquals("class Handwritten {}", Files.readString(mine));
  }

  @Test
  void twoExecutionsShareAnOutputDirectoryWithoutDeletingEachOthersFiles() throws Exception {
    Path other = ws.schema("other/other.tl", "thing id:int = Thing;\n");
    Path first = ws.schema("test.tl", Workspace.SCHEMA);
    GenerateParameters a = new GenerateParameters(new SchemaSources(List.of(first)), "exec.a", ws.out,
        SchemaOptions.DEFAULT, dir.resolve("target/tl-state/a.state"), "1.0");
    GenerateParameters b = new GenerateParameters(new SchemaSources(List.of(other)), "exec.b", ws.out,
        SchemaOptions.DEFAULT, dir.resolve("target/tl-state/b.state"), "1.0");
    ws.generate(a);
    ws.generate(b);
    ws.schema("other/other.tl", "gadget id:int = Gadget;\n");

    GenerationRun.Result again = ws.generate(b);

    assertEquals(1, again.deleted());
    assertTrue(ws.generate(a).upToDate());
    Map<String, FileTime> files = Workspace.files(ws.out);
    assertEquals(11, files.keySet().stream().filter(f -> f.startsWith("exec/a/")).count());
    assertEquals(List.of("exec/b/Gadget.java", "exec/b/SchemaObject.java", "exec/b/Tl.java",
        "exec/b/tl-shapes.txt"),
        files.keySet().stream().filter(f -> f.startsWith("exec/b/")).toList());
  }

  @Test
  void aSchemaErrorFailsWithEveryErrorAndLeavesThePreviousOutputAsItWas() throws Exception {
    ws.generate(ws.request("com.example.tl"));
    Path state = dir.resolve("target/tl-state/default.state");
    assertTrue(Files.isRegularFile(state));
    Map<String, String> before = Workspace.snapshot(dir.resolve("target"));
    Path schema = ws.schema("test.tl", "point x:int y: = Point;\nfoo = Bar\n");

    GenerationFailure failure = assertThrows(GenerationFailure.class,
        () -> ws.generate(ws.request("com.example.tl")));

    assertTrue(failure.getMessage().startsWith("2 schema errors:\n" + schema + ":1:16: error: "), failure.getMessage());
    assertTrue(failure.getMessage().contains("\n" + schema + ":2:10: error: "), failure.getMessage());
    assertTrue(failure.getMessage().contains("\npoint x:int y: = Point;\n               ^"), failure.getMessage());
    assertEquals(before, Workspace.snapshot(dir.resolve("target")),
        "the generated files and the state, byte for byte and timestamp for timestamp");
    assertEquals(List.of(), ws.warnings);
  }

  @Test
  void aSchemaErrorOnTheFirstRunWritesNothing() throws Exception {
    ws.schema("test.tl", "foo = Bar\n");

    assertThrows(GenerationFailure.class, () -> ws.generate(ws.request("com.example.tl")));

    assertFalse(Files.exists(ws.out));
    assertFalse(Files.exists(dir.resolve("target/tl-state")));
  }

  @Test
  void aFixedSchemaRewritesOnlyWhatDiffersFromTheLastGoodOutput() throws Exception {
    ws.generate(ws.request("com.example.tl"));
    ws.schema("test.tl", "foo = Bar\n");
    assertThrows(GenerationFailure.class, () -> ws.generate(ws.request("com.example.tl")));
    ws.schema("test.tl", Workspace.SCHEMA.replace("point x:int y:int = Point;", "point x:int y:int z:int = Point;"));

    GenerationRun.Result result = ws.generate(ws.request("com.example.tl"));

    assertEquals(List.of(false, 11, 3, 8, 0), counts(result), "Point.java, Tl.java and tl-shapes.txt");
  }

  @Test
  void aNameClashFailsLikeASchemaErrorAndNamesBothDefinitions() throws Exception {
    ws.generate(ws.request("com.example.tl"));
    // users_getUsers and users.getUsers both become UsersGetUsers.
    ws.schema("test.tl", Workspace.SCHEMA.replace("userEmpty id:long = User;",
        "userEmpty id:long = User;\nusers_getUsers a:int = Thing;"));

    GenerationFailure failure = assertThrows(GenerationFailure.class,
        () -> ws.generate(ws.request("com.example.tl")));

    assertTrue(failure.getMessage().startsWith("the schema cannot become Java:\n"), failure.getMessage());
    assertTrue(failure.getMessage().contains("users_getUsers"), failure.getMessage());
    assertEquals(11, Workspace.files(ws.out).size(), "the last good output stays");
  }

  @Test
  void warningsGoToTheLogWithTheirLocation() throws Exception {
    Path schema = ws.schema("test.tl", Workspace.SCHEMA.replace("userEmpty id:long = User;",
        "userEmpty id:long = User;\nthing#12345678 id:int = Thing;"));

    ws.generate(ws.request("com.example.tl", "default", ws.out, Workspace.options(IdPolicy.WARN), "1.0"));

    assertEquals(1, ws.warnings.size(), ws.warnings.toString());
    assertTrue(ws.warnings.get(0).startsWith(schema + ":9:1: warning: "), ws.warnings.get(0));
  }

  @Test
  void aMissingSchemaFileFailsNamingIt() throws Exception {
    Path gone = dir.resolve("src/main/tl/gone.tl");
    GenerateParameters request = new GenerateParameters(new SchemaSources(List.of(gone)), "com.example.tl",
        ws.out, SchemaOptions.DEFAULT, dir.resolve("target/tl-state/default.state"), "1.0");

    GenerationFailure failure = assertThrows(GenerationFailure.class, () -> ws.generate(request));

    assertEquals("cannot read " + gone + ": no such file", failure.getMessage());
  }

  private static List<Object> counts(GenerationRun.Result r) {
    return List.of(r.upToDate(), r.generated(), r.written(), r.unchanged(), r.deleted());
  }

  @Test
  void anUnreadableStateFileMeansGenerateAgain() throws Exception {
    ws.generate(ws.request("com.example.tl"));
    Files.writeString(dir.resolve("target/tl-state/default.state"), "garbage");

    assertFalse(ws.generate(ws.request("com.example.tl")).upToDate());
  }
}

package dev.tlkit.codegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One generation run, as the plugin and {@code tlc generate} run it, on the generator's fixture:
 * what it writes, what it leaves alone, what it deletes, and that a failure changes nothing.
 */
class GenerationRunTest {
  private static final Path FIXTURE = Path.of("src/test/resources/expected/fixture.tl");
  private static final Path EXPECTED = Path.of("src/test/resources/expected/java");
  /** An old instant to stamp files with: a file rewritten afterwards can't keep it by chance. */
  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir
  Path dir;

  Path schema;
  Path out;
  Path state;

  @BeforeEach
  void copyTheFixture() throws IOException {
    schema = Files.copy(FIXTURE, dir.resolve("fixture.tl"));
    out = dir.resolve("out");
    state = dir.resolve("state/fixture.state");
  }

  private GenerationRequest request() {
    return new GenerationRequest(List.of(schema), SchemaOptions.DEFAULT,
        new GeneratorOptions("com.example.fixture", true), Optional.empty(), out, state, "test");
  }

  private static GenerationRun.Result run(GenerationRequest request) throws Exception {
    return new GenerationRun(request).run();
  }

  private void schema(String text) throws IOException {
    Files.writeString(schema, text, StandardCharsets.UTF_8);
  }

  private static String fixture() throws IOException {
    return Files.readString(FIXTURE, StandardCharsets.UTF_8);
  }

  @Test
  void generatesTheFixtureAsTheCheckedInJava() throws Exception {
    GenerationRun.Result result = run(request());

    Map<String, String> expected = contents(EXPECTED);
    assertEquals(new GenerationRun.Result(false, expected.size(), expected.size(), 0, 0, List.of(),
        result.schema()), result);
    assertEquals(expected, contents(out), "the files under out are expected/java, byte for byte");
    assertTrue(result.schema().isPresent());
    assertTrue(Files.isRegularFile(state));
  }

  @Test
  void runningTwiceWritesNothingTheSecondTime() throws Exception {
    int generated = run(request()).generated();
    age(out);
    Map<String, String> before = snapshot(out);

    GenerationRun.Result second = run(request());

    assertEquals(new GenerationRun.Result(true, generated, 0, 0, 0, List.of(), Optional.empty()), second);
    assertEquals(before, snapshot(out));
  }

  @Test
  void aChangeThatChangesNoFileRewritesNone() throws Exception {
    run(request());
    age(out);
    Map<String, String> before = snapshot(out);
    schema(fixture() + "// a comment at the end moves no definition\n");

    GenerationRun.Result result = run(request());

    assertFalse(result.upToDate());
    assertEquals(0, result.written());
    assertEquals(result.generated(), result.unchanged());
    assertEquals(before, snapshot(out));
  }

  @Test
  void aRemovedDefinitionsFileIsDeletedAndOnlyWhatChangedIsWritten() throws Exception {
    // The fixture ends with its functions: one more at the end moves no other definition.
    schema(fixture() + "extraThing id:int = Point;\n");
    int withExtra = run(request()).generated();
    assertTrue(Files.isRegularFile(out.resolve("com/example/fixture/ExtraThing.java")));
    age(out);
    schema(fixture());

    GenerationRun.Result result = run(request());

    assertEquals(withExtra - 1, result.generated());
    assertEquals(1, result.deleted());
    assertFalse(Files.exists(out.resolve("com/example/fixture/ExtraThing.java")));
    assertEquals(contents(EXPECTED), contents(out));
    // Only Tl.java, which dispatches on every id, and the shape table, which lists every
    // definition, lost something; the rest kept their timestamps.
    assertEquals(2, result.written());
    assertNotEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("com/example/fixture/Tl.java")));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("com/example/fixture/Point.java")));
  }

  @Test
  void aSchemaErrorLeavesThePreviousOutputAsItWas() throws Exception {
    run(request());
    Map<String, String> before = snapshot(dir);
    schema(fixture().replace("point x:int y:int = Point;", "point x:int y: = Point;"));

    GenerationFailure failure = assertThrows(GenerationFailure.class, () -> run(request()));

    assertEquals(GenerationFailure.Kind.SCHEMA_ERRORS, failure.kind());
    assertTrue(failure.getMessage().startsWith("1 schema error:\n" + schema + ":"), failure.getMessage());
    before.remove("fixture.tl");
    Map<String, String> after = snapshot(dir);
    after.remove("fixture.tl");
    assertEquals(before, after, "output and state, byte for byte and timestamp for timestamp");
  }

  @Test
  void aFixedSchemaAfterAFailureFindsTheLastGoodOutputInPlace() throws Exception {
    int generated = run(request()).generated();
    schema("broken");
    assertThrows(GenerationFailure.class, () -> run(request()));
    schema(fixture());

    GenerationRun.Result result = run(request());

    // The state survived the failure: the schema is the one it records, and every file is there.
    assertTrue(result.upToDate());
    assertEquals(generated, result.generated());
  }

  @Test
  void aMalformedDocsFileLeavesThePreviousOutputAsItWas() throws Exception {
    Path docs = Files.writeString(dir.resolve("fixture.docs.json"),
        "{\"format\": \"tlkit-docs 1\", \"definitions\": {\"point\": {\"description\": \"A point\"}}}");
    run(request().withDocsFile(docs));
    assertTrue(Files.readString(out.resolve("com/example/fixture/Point.java")).contains(" * A point\n"));
    Map<String, String> before = snapshot(dir);
    Files.writeString(docs, "{\"format\": \"tlkit-docs 1\", \"definitions\": {\"point\": ");

    GenerationFailure failure = assertThrows(GenerationFailure.class, () -> run(request().withDocsFile(docs)));

    assertEquals(GenerationFailure.Kind.DOCS_ERROR, failure.kind());
    assertTrue(failure.getMessage().startsWith("docs file error:\n" + docs + ":1:"), failure.getMessage());
    before.remove("fixture.docs.json");
    Map<String, String> after = snapshot(dir);
    after.remove("fixture.docs.json");
    assertEquals(before, after);
  }

  @Test
  void aNameClashLeavesThePreviousOutputAsItWas() throws Exception {
    run(request());
    Map<String, String> before = snapshot(out);
    // get_peers and getPeers both become GetPeers.
    schema(fixture() + "get_peers = Peer;\n");

    GenerationFailure failure = assertThrows(GenerationFailure.class, () -> run(request()));

    assertEquals(GenerationFailure.Kind.NOT_JAVA, failure.kind());
    assertTrue(failure.getMessage().startsWith("the schema cannot become Java:\n"), failure.getMessage());
    assertEquals(before, snapshot(out));
  }

  @Test
  void anUnreadableSchemaFileFailsNamingItAndWritesNothing() throws Exception {
    Path missing = dir.resolve("missing.tl");
    GenerationRequest request = new GenerationRequest(List.of(schema, missing), SchemaOptions.DEFAULT,
        new GeneratorOptions("com.example.fixture"), Optional.empty(), out, state, "test");

    GenerationFailure failure = assertThrows(GenerationFailure.class, () -> run(request));

    assertEquals(List.of("error: cannot read " + missing + ": no such file"), failure.lines());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(state));
  }

  @Test
  void filesItDidNotGenerateAreNeverTouched() throws Exception {
    Path mine = Files.createDirectories(out.resolve("com/example/fixture")).resolve("Handwritten.java");
    Files.writeString(mine, "class Handwritten {}");
    run(request());
    schema("point x:int = Point;\n");

    GenerationRun.Result result = run(request());

    assertTrue(result.deleted() > 0);
    assertEquals("class Handwritten {}", Files.readString(mine));
  }

  @Test
  void aMovedOutputDirectoryLeavesNothingInTheOldOne() throws Exception {
    run(request());
    Path elsewhere = dir.resolve("elsewhere");

    GenerationRun.Result result = run(new GenerationRequest(List.of(schema), SchemaOptions.DEFAULT,
        new GeneratorOptions("com.example.fixture", true), Optional.empty(), elsewhere, state, "test"));

    assertEquals(result.generated(), result.deleted());
    assertFalse(Files.exists(out.resolve("com")), "the old directory's packages are gone");
    assertEquals(contents(EXPECTED), contents(elsewhere));
  }

  @Test
  void twoRunsShareAnOutputDirectoryWithoutDeletingEachOthersFiles() throws Exception {
    Path other = Files.writeString(dir.resolve("other.tl"), "thing id:int = Thing;\n");
    GenerationRequest b = new GenerationRequest(List.of(other), SchemaOptions.DEFAULT,
        new GeneratorOptions("com.example.other"), Optional.empty(), out, dir.resolve("state/b.state"), "test");
    run(request());
    run(b);
    Files.writeString(other, "gadget id:int = Gadget;\n");

    assertEquals(1, run(b).deleted());
    assertTrue(run(request()).upToDate());
    Map<String, String> fixtureFiles = new TreeMap<>(contents(out));
    fixtureFiles.keySet().removeIf(f -> !f.startsWith("com/example/fixture/"));
    assertEquals(contents(EXPECTED), fixtureFiles);
    Set<String> otherFiles = new TreeSet<>(contents(out).keySet());
    otherFiles.removeIf(f -> !f.startsWith("com/example/other/"));
    assertEquals(Set.of("com/example/other/Gadget.java", "com/example/other/SchemaObject.java",
        "com/example/other/Tl.java", "com/example/other/tl-shapes.txt"), otherFiles);
  }

  @Test
  void warningsComeWithTheResult() throws Exception {
    schema(fixture() + "thing#12345678 id:int = Point;\n");
    Path docs = Files.writeString(dir.resolve("fixture.docs.json"),
        "{\"format\": \"tlkit-docs 1\", \"definitions\": {\"pointOld\": {\"description\": \"gone\"}}}");
    GenerationRequest warn = new GenerationRequest(List.of(schema), new SchemaOptions(IdPolicy.WARN, Set.of()),
        new GeneratorOptions("com.example.fixture", true), Optional.of(docs), out, state, "test");

    List<String> warnings = run(warn).warnings();

    long thingLine = fixture().lines().count() + 1;
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith(schema + ":" + thingLine + ":1: warning: "),
        warnings.get(0));
    assertEquals(docs + ": warning: definitions: 'pointOld' is not a definition of the schema", warnings.get(1));
  }

  @Test
  void anOutputDirectoryThatIsAFileFailsBeforeAnythingIsWritten() throws Exception {
    Files.writeString(out, "not a directory");

    IOException e = assertThrows(IOException.class, () -> run(request()));

    assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    assertFalse(Files.exists(state));
  }

  @Test
  void aNewGeneratorVersionRegenerates() throws Exception {
    run(request());
    GenerationRequest r = request();
    GenerationRun.Result result = run(new GenerationRequest(r.schemaFiles(), r.schemaOptions(), r.generator(),
        r.docsFile(), r.outputDirectory(), r.stateFile(), "test+1"));

    assertFalse(result.upToDate());
    assertEquals(result.generated(), result.unchanged());
  }

  /** Every file under {@code root}, relative, with its text. */
  static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** Every file under {@code root}, relative, with its modification time and the SHA-256 of its bytes. */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.getLastModifiedTime(p) + " "
            + HexFormat.of().formatHex(InputDigest.sha256().digest(Files.readAllBytes(p))));
      }
    }
    return files;
  }

  /** Stamps every file under {@code root} with {@link #LONG_AGO}. */
  static void age(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
  }
}

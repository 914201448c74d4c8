package dev.tlkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's output for {@code expected/fixture.tl}, a schema that reaches every path of the
 * generator one file of one schema can (the fixture says which it cannot, and where they are
 * held), is exactly the Java checked in under {@code expected/java/}: any change of the
 * generated text fails here, and shows up in review as a diff of those files.
 *
 * <p>After a deliberate change of the generator, rewrite them with
 * {@code mvn -pl tl-codegen test -Dtest=ExpectedOutputTest -Dtlkit.updateExpected=true} and review
 * the diff.
 */
class ExpectedOutputTest {
  private static final Path FIXTURE = Path.of("src/test/resources/expected/fixture.tl");
  private static final Path EXPECTED = Path.of("src/test/resources/expected/java");

  static List<GeneratedFile> generate() throws IOException {
    Schema schema = new SchemaLoader().add("fixture.tl", Files.readString(FIXTURE)).load();
    return new JavaGenerator(schema, new GeneratorOptions("com.example.fixture", true)).generate();
  }

  @Test
  void theGeneratedJavaIsTheCheckedInJava() throws IOException {
    Map<String, String> actual = new TreeMap<>();
    for (GeneratedFile f : generate()) {
      actual.put(f.path(), f.content());
    }
    if (Boolean.getBoolean("tlkit.updateExpected")) {
      rewrite(actual);
      return;
    }
    Map<String, String> expected = read();
    assertEquals(expected.keySet(), actual.keySet(), "the generated files");
    List<String> changed = new ArrayList<>();
    for (String path : expected.keySet()) {
      if (!expected.get(path).equals(actual.get(path))) {
        changed.add(path + ":\n" + firstDifference(expected.get(path), actual.get(path)));
      }
    }
    assertEquals("", String.join("\n", changed),
        "generated text differs from src/test/resources/expected/java (see the class comment)");
  }

  /** The fixture's code compiles without a warning, against tl-runtime and JSpecify. */
  @Test
  void theFixtureCompilesCleanly(@TempDir Path dir) throws IOException {
    Compiler.Result result = Compiler.compile(generate(), dir);
    assertEquals(List.of(), result.errors());
    assertEquals(List.of(), result.warnings());
    assertTrue(result.load("com.example.fixture.Sample").isRecord());
  }

  private static Map<String, String> read() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(EXPECTED)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(EXPECTED.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void rewrite(Map<String, String> files) throws IOException {
    if (Files.exists(EXPECTED)) {
      try (Stream<Path> walk = Files.walk(EXPECTED)) {
        for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = EXPECTED.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + files.size() + " files under " + EXPECTED.toAbsolutePath());
  }

  /** The first line that differs, with its number, as expected and as generated. */
  private static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().collect(Collectors.toList());
    List<String> a = actual.lines().collect(Collectors.toList());
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      String x = i < e.size() ? e.get(i) : "(end of file)";
      String y = i < a.size() ? a.get(i) : "(end of file)";
      if (!x.equals(y)) {
        return "  line " + (i + 1) + "\n  expected: " + x + "\n  generated: " + y;
      }
    }
    return "  (line endings differ)";
  }
}

package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code src/test/resources/malformed/} must fail to load, and the errors it gives,
 * formatted as a user sees them, must equal those in {@code errors.baseline}: one block per file,
 * headed {@code == NN-name.tl}.
 *
 * <p>When messages change on purpose, the test prints the whole actual text; copy it into the
 * baseline, or run with {@code -Dtlkit.updateBaseline=true} to have it written, and review the
 * diff.
 */
class MalformedSchemasTest {
  private static final Path SOURCE_BASELINE = Path.of("src/test/resources/malformed/errors.baseline");

  @Test
  void errorsMatchTheBaseline() throws IOException, URISyntaxException {
    Path dir = Path.of(MalformedSchemasTest.class.getResource("/malformed").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".tl")).sorted().toList();
    }
    assertTrue(files.size() >= 30, "at least 30 malformed schemas, found " + files.size());

    StringBuilder actual = new StringBuilder();
    for (Path file : files) {
      actual.append("== ").append(file.getFileName()).append('\n')
          .append(errorsOf(file)).append("\n\n");
    }
    String expected = Files.readString(dir.resolve("errors.baseline"), StandardCharsets.UTF_8);

    if (!expected.equals(actual.toString())) {
      if (Boolean.getBoolean("tlkit.updateBaseline")) {
        Files.writeString(SOURCE_BASELINE, actual, StandardCharsets.UTF_8);
        System.out.println("wrote " + SOURCE_BASELINE.toAbsolutePath());
        return;
      }
      System.out.println("---- actual errors.baseline ----\n" + actual + "---- end ----");
    }
    assertEquals(expected, actual.toString());
  }

  private static String errorsOf(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      new SchemaLoader().add(name, text).load();
      return "(loaded without errors)";
    } catch (SchemaException e) {
      return e.getMessage();
    }
  }
}

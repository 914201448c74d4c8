package dev.tlkit.codegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationStateTest {
  @TempDir
  Path dir;

  @Test
  void roundTripsThroughItsFile() throws Exception {
    GenerationState state = new GenerationState("abc", dir.resolve("out"), List.of("p/B.java", "p/A.java"));
    Path file = dir.resolve("tl-state/default.state");

    state.save(file);

    assertEquals(Optional.of(state), GenerationState.load(file));
    assertEquals(List.of("p/A.java", "p/B.java"), state.files());
    assertTrue(Files.readString(file).contains("\nfile=p/A.java\nfile=p/B.java\n"));
  }

  @Test
  void isUpToDateOnlyForTheSameDigestDirectoryAndFilesPresent() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("p"));
    Files.writeString(out.resolve("p/A.java"), "");
    GenerationState state = new GenerationState("abc", out, List.of("p/A.java"));

    assertTrue(state.isUpToDate("abc", out));
    assertFalse(state.isUpToDate("abd", out));
    assertFalse(state.isUpToDate("abc", dir.resolve("other")));
    Files.delete(out.resolve("p/A.java"));
    assertFalse(state.isUpToDate("abc", out));
  }

  @Test
  void aStateBeingWrittenIsNeverUpToDate() {
    GenerationState writing = GenerationState.writing(dir, List.of("a"), List.of("b"));
    assertEquals(List.of("a", "b"), writing.files());
    assertFalse(writing.isUpToDate("", dir));
  }

  @Test
  void missingOrDamagedFilesMeanNoState() throws Exception {
    assertEquals(Optional.empty(), GenerationState.load(dir.resolve("none")));
    Files.writeString(dir.resolve("damaged"), "digest=abc\n");
    assertEquals(Optional.empty(), GenerationState.load(dir.resolve("damaged")));
  }
}

package dev.tlkit.maven;

import static dev.tlkit.maven.Workspace.LONG_AGO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir
  Path dir;

  @Test
  void writesOnlyFilesWhoseBytesChanged() throws Exception {
    OutputDirectory out = new OutputDirectory(dir);
    out.write(List.of(new GeneratedFile("p/A.java", "a"), new GeneratedFile("p/B.java", "b")));
    Workspace.age(dir);

    OutputDirectory.Writes writes =
        out.write(List.of(new GeneratedFile("p/A.java", "a"), new GeneratedFile("p/B.java", "b2")));

    assertEquals(new OutputDirectory.Writes(1, 1), writes);
    assertEquals(LONG_AGO, Files.getLastModifiedTime(dir.resolve("p/A.java")));
    assertNotEquals(LONG_AGO, Files.getLastModifiedTime(dir.resolve("p/B.java")));
    assertEquals("b2", Files.readString(dir.resolve("p/B.java")));
    assertEquals(List.of(), Workspace.files(dir).keySet().stream().filter(f -> f.endsWith(".tmp")).toList());
  }

  @Test
  void deletesNamedFilesAndTheDirectoriesTheyLeaveEmpty() throws Exception {
    OutputDirectory out = new OutputDirectory(dir);
    out.write(List.of(new GeneratedFile("a/b/A.java", "a"), new GeneratedFile("a/C.java", "c")));

    assertEquals(1, out.delete(List.of("a/b/A.java", "a/b/Gone.java")));

    assertFalse(Files.exists(dir.resolve("a/b")));
    assertTrue(Files.exists(dir.resolve("a/C.java")));
    assertTrue(Files.isDirectory(dir));
  }

  @Test
  void refusesPathsOutsideItsRoot() throws Exception {
    Path outside = Files.writeString(dir.resolve("precious.txt"), "keep");
    OutputDirectory out = new OutputDirectory(dir.resolve("out"));

    assertThrows(IOException.class, () -> out.delete(List.of("../precious.txt")));
    assertTrue(Files.exists(outside));
  }
}

package dev.tlkit.codegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir
  Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void changedFilesAreThoseMissingOrWithOtherBytes() throws Exception {
    OutputDirectory out = new OutputDirectory(dir);
    out.write("p/A.java", bytes("a"));
    out.write("p/B.java", bytes("b"));
    Map<String, byte[]> next = new LinkedHashMap<>();
    next.put("p/A.java", bytes("a"));
    next.put("p/B.java", bytes("b2"));
    next.put("p/C.java", bytes("c"));

    assertEquals(List.of("p/B.java", "p/C.java"), out.changed(next));
  }

  @Test
  void writesWholeFilesAndLeavesNoTemporaryOne() throws Exception {
    OutputDirectory out = new OutputDirectory(dir);
    out.write("p/B.java", bytes("b"));
    out.write("p/B.java", bytes("b2"));

    assertEquals("b2", Files.readString(dir.resolve("p/B.java")));
    assertEquals(List.of("B.java"), Files.list(dir.resolve("p")).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void deletesNamedFilesAndTheDirectoriesTheyLeaveEmpty() throws Exception {
    OutputDirectory out = new OutputDirectory(dir);
    out.write("a/b/A.java", bytes("a"));
    out.write("a/C.java", bytes("c"));

    assertEquals(1, out.delete(List.of("a/b/A.java", "a/b/Gone.java")));

    assertFalse(Files.exists(dir.resolve("a/b")));
    assertTrue(Files.exists(dir.resolve("a/C.java")));
    assertTrue(Files.isDirectory(dir));
  }

  @Test
  void refusesPathsOutsideItsRoot() throws Exception {
    Path outside = Files.writeString(dir.resolve("precious.txt"), "keep");
    OutputDirectory out = new OutputDirectory(dir.resolve("out"));

    assertThrows(IOException.class, () -> out.checkInside(List.of("ok/A.java", "../precious.txt")));
    assertThrows(IOException.class, () -> out.delete(List.of("../precious.txt")));
    assertThrows(IOException.class, () -> out.changed(Map.of("../precious.txt", bytes("x"))));
    assertTrue(Files.exists(outside));
  }
}

package it.snapshot;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Not a test of the generated code: it records, after generation, each generated file's
 * modification time and content hash into target/snapshots/NAME.txt (NAME from -Dsnapshot), so that
 * verify.groovy can compare what two builds of this project did to the files.
 */
class GeneratedFilesSnapshotTest {
  @Test
  void recordGeneratedFiles() throws Exception {
    Path generated = Path.of(System.getProperty("tl.generated"));
    Path snapshot = Path.of(System.getProperty("snapshots"), System.getProperty("snapshot") + ".txt");
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        lines.add(generated.relativize(f).toString().replace('\\', '/') + " "
            + Files.getLastModifiedTime(f).toInstant() + " " + hash);
      }
    }
    assertFalse(lines.isEmpty(), "nothing generated under " + generated);
    Files.createDirectories(snapshot.getParent());
    Files.write(snapshot, lines);
  }
}

package dev.tlkit.maven;

import dev.tlkit.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The directory generated sources go to. Writes only files whose content changed, so an unchanged
 * class keeps its timestamp and the compiler's incremental build leaves it alone; deletes what an
 * earlier run of the same execution wrote and this one did not. Files it did not write (another
 * execution's, a user's) are never touched.
 */
final class OutputDirectory {
  private final Path root;

  OutputDirectory(Path root) {
    this.root = root;
  }

  /** What a {@link #write} did. */
  record Changes(int written, int unchanged, int deleted) {}

  Changes write(List<GeneratedFile> files, Collection<String> previouslyWritten) throws IOException {
    int written = 0;
    int unchanged = 0;
    Set<String> current = new HashSet<>();
    for (GeneratedFile f : files) {
      current.add(f.path());
      Path target = root.resolve(f.path());
      byte[] content = f.content().getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        unchanged++;
        continue;
      }
      Files.createDirectories(target.getParent());
      // Write beside the target, then move: a reader never sees half a file.
      Path temp = target.resolveSibling(target.getFileName() + ".tmp");
      Files.write(temp, content);
      Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      written++;
    }
    int deleted = 0;
    for (String old : previouslyWritten) {
      if (!current.contains(old) && Files.deleteIfExists(root.resolve(old))) {
        deleted++;
      }
    }
    return new Changes(written, unchanged, deleted);
  }

  /** Deletes the files an earlier run wrote: after a failed generation, none may be left to compile. */
  int deleteAll(Collection<String> previouslyWritten) throws IOException {
    int deleted = 0;
    for (String old : previouslyWritten) {
      if (Files.deleteIfExists(root.resolve(old))) {
        deleted++;
      }
    }
    return deleted;
  }
}

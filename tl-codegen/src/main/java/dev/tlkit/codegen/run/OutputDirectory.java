package dev.tlkit.codegen.run;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A source root that generated files go to. A file is written only if its bytes changed, so an
 * unchanged class keeps its timestamp and incremental compilers (javac through Maven, IDEs) leave it
 * alone. Only files named by the caller are ever deleted: this class never lists the directory, so
 * whatever else is in it (another run's output, a user's file) stays.
 */
final class OutputDirectory {
  private final Path root;

  OutputDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  /**
   * The files (relative path to content) whose bytes differ from what is on disk, in the order
   * given. Only reads.
   *
   * @throws IOException if a file cannot be read, or a path is not inside the root
   */
  List<String> changed(Map<String, byte[]> files) throws IOException {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = resolve(f.getKey());
      if (!(Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), f.getValue()))) {
        changed.add(f.getKey());
      }
    }
    return changed;
  }

  /**
   * Checks that every path is inside the root, before anything is written or deleted.
   *
   * @throws IOException naming the first that is not (a damaged state file)
   */
  void checkInside(Collection<String> files) throws IOException {
    for (String f : files) {
      resolve(f);
    }
  }

  /** Writes the file, replacing what is there. */
  void write(String relative, byte[] content) throws IOException {
    Path target = resolve(relative);
    Files.createDirectories(target.getParent());
    // Write beside the target, then move: a compiler or IDE never reads half a file.
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(temp, content);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Deletes the files (relative paths), then every directory they leave empty, up to the root: a
   * package that disappeared from the schema should not stay behind as an empty folder.
   *
   * @return how many files were there and were deleted
   */
  int delete(Collection<String> files) throws IOException {
    int deleted = 0;
    for (String f : files) {
      Path target = resolve(f);
      if (Files.deleteIfExists(target)) {
        deleted++;
        deleteEmptyParents(target.getParent());
      }
    }
    return deleted;
  }

  private void deleteEmptyParents(Path dir) throws IOException {
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      try {
        if (!Files.deleteIfExists(d)) {
          return;
        }
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }

  /** The file under the root; a path that would leave the root (a damaged state file) is refused. */
  private Path resolve(String relative) throws IOException {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IOException("refusing to touch " + target + ": not inside " + root);
    }
    return target;
  }
}

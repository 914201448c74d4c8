package dev.tlkit.codegen.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one run generated last time: the {@link InputDigest} of its inputs, the output directory,
 * and every file it wrote there. With it, a run can tell that nothing changed, and which files are
 * its own to delete: files another run (another plugin execution, another package) or a user put in
 * the same directory are never listed here, so they are never touched.
 *
 * <p>Stored as UTF-8 text, one {@code key=value} per line; {@code file=} repeats, sorted:
 * <pre>
 * # tlkit generation state; delete this file to force generation
 * format=1
 * digest=5f0c...
 * outputDirectory=/home/me/project/target/generated-sources/tl
 * file=com/example/tl/Tl.java
 * </pre>
 *
 * @param digest the digest of the inputs that produced the files; empty while a write is under way
 * @param outputDirectory the directory the files are relative to
 * @param files generated files relative to {@code outputDirectory}, with {@code /} separators, sorted
 */
record GenerationState(String digest, Path outputDirectory, List<String> files) {
  private static final String FORMAT = "1";

  GenerationState {
    outputDirectory = outputDirectory.toAbsolutePath().normalize();
    files = List.copyOf(new TreeSet<>(files));
  }

  /**
   * The state to record before any output is touched: no digest (so it never matches) and every
   * file of both the old and the new run. If the build dies while writing, the next run still knows
   * every file that may be lying around, and deletes the ones it does not generate.
   */
  static GenerationState writing(Path outputDirectory, Collection<String> previous, Collection<String> next) {
    List<String> all = new ArrayList<>(previous);
    all.addAll(next);
    return new GenerationState("", outputDirectory, all);
  }

  /** The state in {@code stateFile}; empty if there is none or it cannot be read (then all is regenerated). */
  static Optional<GenerationState> load(Path stateFile) {
    if (!Files.isRegularFile(stateFile)) {
      return Optional.empty();
    }
    try {
      String format = null;
      String digest = null;
      String outputDirectory = null;
      List<String> files = new ArrayList<>();
      for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (line.startsWith("#") || eq < 0) {
          continue;
        }
        String value = line.substring(eq + 1);
        switch (line.substring(0, eq)) {
          case "format" -> format = value;
          case "digest" -> digest = value;
          case "outputDirectory" -> outputDirectory = value;
          case "file" -> files.add(value);
          default -> { } // a key a later version added: ignore it
        }
      }
      if (!FORMAT.equals(format) || digest == null || outputDirectory == null) {
        return Optional.empty();
      }
      return Optional.of(new GenerationState(digest, Path.of(outputDirectory), files));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes the state, replacing the file in one move so that a reader never sees half of it. */
  void save(Path stateFile) throws IOException {
    StringBuilder text = new StringBuilder()
        .append("# tlkit generation state; delete this file to force generation\n")
        .append("format=").append(FORMAT).append('\n')
        .append("digest=").append(digest).append('\n')
        .append("outputDirectory=").append(outputDirectory).append('\n');
    files.forEach(f -> text.append("file=").append(f).append('\n'));
    Files.createDirectories(stateFile.getParent());
    Path temp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** True if the state is for {@code digest} and every file it lists is still there. */
  boolean isUpToDate(String digest, Path outputDirectory) {
    return !this.digest.isEmpty()
        && this.digest.equals(digest)
        && this.outputDirectory.equals(outputDirectory)
        && files.stream().allMatch(f -> Files.isRegularFile(this.outputDirectory.resolve(f)));
  }
}

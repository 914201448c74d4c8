package dev.tlkit.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one execution generated last time: a digest of everything its output depends on (schema
 * files, settings, the generator's version) and the files it wrote. When the digest is unchanged
 * and those files are all still there, there is nothing to do.
 *
 * <p>Stored as text: a first line {@code digest <hex>}, then one written file per line, relative to
 * the output directory, sorted.
 *
 * @param digest hex SHA-256 of the inputs
 * @param files the generated files, relative to the output directory, with {@code /} separators
 */
record IncrementalState(String digest, List<String> files) {
  private static final String FORMAT = "tlkit-state-1";

  IncrementalState {
    files = List.copyOf(new TreeSet<>(files));
  }

  /** The digest of a request's inputs, for a given generator version. */
  static String digestOf(GenerationRequest request, String generatorVersion) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    List<String> settings = new ArrayList<>();
    settings.add(FORMAT);
    settings.add("generator=" + generatorVersion);
    settings.add("package=" + request.packageName());
    settings.add("output=" + request.outputDirectory().toAbsolutePath().normalize());
    settings.add("idPolicy=" + request.options().idPolicy());
    settings.add("allowedIdMismatches=" + new TreeSet<>(request.options().allowedIdMismatches()));
    for (String s : settings) {
      sha.update(s.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    for (Path schema : request.schemaFiles()) {
      sha.update(schema.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] content = Files.readAllBytes(schema);
      sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(content);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static Optional<IncrementalState> load(Path stateFile) {
    try {
      if (!Files.isRegularFile(stateFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).startsWith("digest ")) {
        return Optional.empty(); // unreadable state: treat as no state, generate again
      }
      String digest = lines.get(0).substring("digest ".length()).trim();
      List<String> files = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
      return Optional.of(new IncrementalState(digest, files));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  void save(Path stateFile) throws IOException {
    Files.createDirectories(stateFile.getParent());
    StringBuilder text = new StringBuilder("digest ").append(digest).append('\n');
    files.forEach(f -> text.append(f).append('\n'));
    Files.writeString(stateFile, text, StandardCharsets.UTF_8);
  }

  static void delete(Path stateFile) throws IOException {
    Files.deleteIfExists(stateFile);
  }

  /** True if every file this state lists is still in the output directory. */
  boolean outputsPresent(Path outputDirectory) {
    return files.stream().allMatch(f -> Files.isRegularFile(outputDirectory.resolve(f)));
  }
}

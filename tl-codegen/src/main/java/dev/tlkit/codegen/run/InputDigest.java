package dev.tlkit.codegen.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The SHA-256 of everything a generation's output depends on: the digest format, the generator's
 * version, every setting, and each schema file's path and content, in load order. Two runs with the
 * same digest generate the same files, so the second one can be skipped.
 *
 * <p>Every value is written with its length first, so that no two different inputs can run
 * together into the same byte stream.
 */
final class InputDigest {
  /** Bump when what goes into the digest changes, so old states never match by accident. */
  private static final String FORMAT = "tlkit-input-digest-2";

  private final MessageDigest sha = sha256();

  private InputDigest() {}

  /**
   * The digest of the request's inputs as they are on disk now.
   *
   * @throws IOException if a schema file cannot be read (loading it will then say why, in full)
   */
  static String of(GenerationRequest request) throws IOException {
    InputDigest d = new InputDigest();
    d.add("format", FORMAT);
    d.add("generator", request.generatorVersion());
    d.add("packageName", request.generator().packageName());
    d.add("nullMarked", String.valueOf(request.generator().nullMarked()));
    d.add("outputDirectory", request.outputDirectory().toString());
    d.add("idPolicy", request.schemaOptions().idPolicy().name());
    // A set: its order is the pom's or the command line's, never part of the output.
    d.add("allowedIdMismatches", String.join(",", new TreeSet<>(request.schemaOptions().allowedIdMismatches())));
    for (Path file : request.schemaFiles()) {
      d.add("schema", file.toString());
      d.add(Files.readAllBytes(file));
    }
    for (Path file : request.compatSchemas()) {
      d.add("compatSchema", file.toString());
      d.add(Files.readAllBytes(file));
    }
    if (request.docsFile().isPresent()) {
      Path docs = request.docsFile().get();
      d.add("docs", docs.toString());
      d.add(Files.isRegularFile(docs) ? Files.readAllBytes(docs) : new byte[0]);
    }
    return HexFormat.of().formatHex(d.sha.digest());
  }

  private void add(String key, String value) {
    add(key.getBytes(StandardCharsets.UTF_8));
    add(value.getBytes(StandardCharsets.UTF_8));
  }

  private void add(byte[] bytes) {
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

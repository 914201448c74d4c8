package dev.tlkit.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of everything a generation's output depends on: the digest format, the generator's
 * version, every setting, and each schema file's path and content. Two runs with the same digest
 * generate the same files, so the second one can be skipped.
 *
 * <p>Every value is written with its length first, so that no two different inputs can run
 * together into the same byte stream.
 */
final class InputDigest {
  /** Bump when what goes into the digest changes, so old states never match by accident. */
  private static final String FORMAT = "tlkit-input-digest-1";

  private final MessageDigest sha = sha256();

  private InputDigest() {}

  static String of(GenerationRequest request) throws IOException {
    InputDigest d = new InputDigest();
    d.add("format", FORMAT);
    d.add("generator", request.generatorVersion());
    d.add("packageName", request.packageName());
    d.add("outputDirectory", request.outputDirectory().toString());
    d.add("idPolicy", request.schemaOptions().idPolicy().name());
    d.add("allowedIdMismatches", String.join(",", request.allowedIdMismatches()));
    d.add("nullMarked", String.valueOf(request.nullMarked()));
    for (Path file : request.sources().files()) {
      d.add("schema", file.toString());
      d.add(Files.readAllBytes(file));
    }
    if (request.docsFile() != null) {
      d.add("docs", request.docsFile().toString());
      d.add(Files.isRegularFile(request.docsFile()) ? Files.readAllBytes(request.docsFile()) : new byte[0]);
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

package dev.tlkit.codegen.run;

import dev.tlkit.codegen.JavaGenerator;
import dev.tlkit.schema.SchemaLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Identifies the code that turns schemas into Java, for the digest of a {@link GenerationRequest}:
 * the version of the tool that runs it and a hash of the tl-parser and tl-codegen code it runs. The
 * version alone is not enough: two builds of a {@code -SNAPSHOT} share it but may generate
 * different code.
 */
public final class GeneratorVersion {
  private GeneratorVersion() {}

  /** {@code toolVersion+} the first 16 hex digits of the hash of the generator's code. */
  public static String of(String toolVersion) {
    MessageDigest sha = InputDigest.sha256();
    // In a fat jar (tlc.jar) both classes come from one file: hash it once.
    Set<Object> seen = new HashSet<>();
    for (Class<?> c : List.of(SchemaLoader.class, JavaGenerator.class)) {
      CodeSource source = c.getProtectionDomain().getCodeSource();
      if (seen.add(source == null ? c.getName() : source.getLocation().toString())) {
        hashCodeSource(sha, c);
      }
    }
    return toolVersion + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static void hashCodeSource(MessageDigest sha, Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) { // classes of a reactor module, as in tests
        try (Stream<Path> walk = Files.walk(location)) {
          for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
            sha.update(location.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(p));
          }
        }
      } else {
        sha.update(Files.readAllBytes(location));
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown origin (no code source, an exotic class loader): the class name keeps the digest
      // stable, and the tool's version still distinguishes releases.
      sha.update(c.getName().getBytes(StandardCharsets.UTF_8));
    }
  }
}

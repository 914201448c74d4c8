package dev.tlkit.maven;

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
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies the code that turns schemas into Java, for the up-to-date digest: the plugin's version
 * and a hash of the tl-parser and tl-codegen jars it runs. The version alone is not enough: two
 * builds of a {@code -SNAPSHOT} share it but may generate different code.
 */
final class GeneratorVersion {
  private GeneratorVersion() {}

  static String of(String pluginVersion) {
    MessageDigest sha = InputDigest.sha256();
    for (Class<?> c : List.of(SchemaLoader.class, JavaGenerator.class)) {
      hashCodeSource(sha, c);
    }
    return pluginVersion + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static void hashCodeSource(MessageDigest sha, Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) { // classes of a reactor module, as in this module's tests
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
      // stable, and the plugin version still distinguishes releases.
      sha.update(c.getName().getBytes(StandardCharsets.UTF_8));
    }
  }
}

package dev.tlkit.site;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Telegram API's site, as generated-api's build makes it (schema/, its docs file and the
 * layers of schema/history), written once per test run into target/telegram-site.
 */
final class TelegramSite {
  static final Path SCHEMA = Path.of("..", "schema");
  static final Path OUT = Path.of("target", "telegram-site");
  /** mtproto.tl's published ids that are not the CRC32 of their text (tl-parser's ID-POLICY.md). */
  static final Set<String> LEGACY_IDS =
      Set.of("ipPortSecret", "accessPointRule", "help.configSimple", "msg_container");

  private static Site.Summary summary;
  private static long millis;

  private TelegramSite() {}

  static Schema schema() {
    return new SchemaLoader(SchemaOptions.DEFAULT.withAllowedIdMismatches(LEGACY_IDS))
        .add(SCHEMA.resolve("api.tl")).add(SCHEMA.resolve("mtproto.tl")).load();
  }

  static List<Schema> history() {
    List<Schema> layers = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(SCHEMA.resolve("history"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        layers.add(new SchemaLoader().add(dir.resolve("api.tl")).load());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return layers;
  }

  static Site.Input input() {
    try {
      return new Site.Input(schema(), DocsFile.read(SCHEMA.resolve("api.docs.json")),
          new GeneratorOptions("dev.tlkit.telegram"), history(), "Telegram API");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The site, written on first use. */
  static synchronized Site.Summary site() {
    if (summary == null) {
      try {
        Site.Input in = input();
        long start = System.nanoTime();
        summary = Site.write(in, OUT);
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Telegram site: %d files, %,d bytes, %d ms%n", summary.files(), summary.bytes(), millis);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return summary;
  }

  static Path page(String path) {
    site();
    return OUT.resolve(path);
  }
}

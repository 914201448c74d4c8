package dev.tlkit.diff;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Schemas for the diff tests: small ones written inline, and the real layers of the parser
 * module's corpus (one copy in the repository, shared by the modules' tests).
 */
final class Schemas {
  private Schemas() {}

  /** Explicit ids of a corpus file that differ from the computed ones (see ID-POLICY.md). */
  private static final Map<String, Set<String>> MISMATCHES = Map.of(
      "tdlib-telegram_api.tl", Set.of(
          "invokeWithBusinessConnectionPrefix", "invokeWithGooglePlayIntegrityPrefix",
          "invokeWithApnsSecretPrefix", "invokeWithReCaptchaPrefix"));

  /**
   * A schema from lines of TL text, loaded as {@code file}. Ids are trusted as written, so that a
   * test can keep an id while the text changes, as schemas that pin ids do.
   */
  static Schema tl(String file, String... lines) {
    return new SchemaLoader(SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.TRUST))
        .add(file, String.join("\n", lines) + "\n").load();
  }

  /** The changes from {@code old.tl} to {@code new.tl}, each given as lines of TL. */
  static SchemaChanges diff(String[] oldLines, String[] newLines) {
    return SchemaDiff.compare(tl("old.tl", oldLines), tl("new.tl", newLines));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String[] lines(String... lines) {
    return lines;
  }

  /** A schema file of the corpus, with the options ID-POLICY.md gives it. */
  static Schema resource(String file) {
    Path path = Path.of("..", "tl-parser", "src", "test", "resources", "schemas", file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("missing test schema " + path.toAbsolutePath());
    }
    return new SchemaLoader(SchemaOptions.DEFAULT.withAllowedIdMismatches(
        MISMATCHES.getOrDefault(file, Set.of()))).add(file, read(path)).load();
  }

  /**
   * A field change on one line, for assertions:
   * {@code RETYPED x:int -> x:long oldPosition=0 newPosition=0 source=BREAKING wire=INCOMPATIBLE}.
   */
  static String describe(FieldChange c) {
    String text = c.oldText() == null ? c.newText()
        : c.newText() == null ? c.oldText()
        : c.oldText() + " -> " + c.newText();
    return c.kind() + " " + text
        + (c.oldPosition() >= 0 ? " oldPosition=" + c.oldPosition() : "")
        + (c.newPosition() >= 0 ? " newPosition=" + c.newPosition() : "")
        + " source=" + c.impact().source() + " wire=" + c.impact().wire();
  }
}

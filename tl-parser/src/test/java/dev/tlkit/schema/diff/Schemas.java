package dev.tlkit.schema.diff;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.TestSchemas;
import dev.tlkit.schema.SchemaOptions;

/** Schemas for the diff tests: small ones written inline, and the real layers of test resources. */
final class Schemas {
  private Schemas() {}

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

  static String[] lines(String... lines) {
    return lines;
  }

  /** A schema file of test resources, with the options ID-POLICY.md gives it. */
  static Schema resource(String file) {
    return TestSchemas.load(file);
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

package dev.tlkit.codegen;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Schemas for generator tests: the project's own {@code schema/} and the parser module's copy of
 * the real-world corpus (one copy in the repository, shared by both modules' tests).
 */
final class SchemaFixtures {
  private SchemaFixtures() {}

  static Path projectSchema(String name) {
    return existing(Path.of("..", "schema", name));
  }

  static Path corpus(String name) {
    return existing(Path.of("..", "tl-parser", "src", "test", "resources", "schemas", name));
  }

  static Schema telegram() {
    // The official files, as published: Telegram's known pinned ids need no option.
    return new SchemaLoader(SchemaOptions.DEFAULT)
        .add(projectSchema("api.tl"))
        .add(projectSchema("mtproto.tl"))
        .load();
  }

  static Schema load(IdPolicy policy, Path... files) {
    SchemaLoader loader = new SchemaLoader(new SchemaOptions(policy, Set.of()));
    for (Path f : files) {
      loader.add(f);
    }
    return loader.load();
  }

  /** A small test schema; its made-up ids are taken as written. */
  static Schema parse(String text) {
    return new SchemaLoader(new SchemaOptions(IdPolicy.TRUST, Set.of())).add("test.tl", text).load();
  }

  private static Path existing(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("missing test schema " + p.toAbsolutePath());
    }
    return p;
  }
}

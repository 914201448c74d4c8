package dev.tlkit.cli;

import dev.tlkit.codegen.run.GenerationFailure;
import dev.tlkit.codegen.run.LoadedSchema;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The schema arguments that {@code check} and {@code generate} share: the files, loaded together
 * as one schema, and how explicit constructor ids are checked.
 */
final class SchemaInput {
  @Mixin
  IdOptions ids = new IdOptions();

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Schema files (.tl), linked together as one schema.")
  List<Path> files = new ArrayList<>();

  /**
   * Loads the files. Warnings go to {@code err}; on errors every diagnostic goes to {@code err},
   * then a count, and the result is empty; so does a file that cannot be read.
   */
  Optional<Schema> load(PrintWriter err) {
    return load(files, options(), err);
  }

  /** The id policy and allowed mismatches the options give. */
  SchemaOptions options() {
    return ids.options();
  }

  /**
   * Loads {@code files} as one schema, reporting to {@code err} as {@link #load(PrintWriter)} does:
   * tl-codegen's {@link LoadedSchema}, the loading every tool of tlkit shares, printed compiler style.
   */
  static Optional<Schema> load(List<Path> files, SchemaOptions options, PrintWriter err) {
    try {
      LoadedSchema loaded = LoadedSchema.load(files, options);
      loaded.warnings().forEach(err::println);
      return Optional.of(loaded.schema());
    } catch (GenerationFailure e) {
      e.lines().forEach(err::println);
      err.flush();
      return Optional.empty();
    }
  }
}

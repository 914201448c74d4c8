package dev.tlkit.cli;

import dev.tlkit.schema.Diagnostic;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.schema.SchemaLoader;
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
   * then a count, and the result is empty.
   *
   * @throws UserException if a file cannot be read
   */
  Optional<Schema> load(PrintWriter err) {
    return load(files, options(), err);
  }

  /** The id policy and allowed mismatches the options give. */
  SchemaOptions options() {
    return ids.options();
  }

  /** Loads {@code files} as one schema, reporting to {@code err} as {@link #load(PrintWriter)} does. */
  static Optional<Schema> load(List<Path> files, SchemaOptions options, PrintWriter err) {
    SchemaLoader loader = new SchemaLoader(options);
    for (Path file : files) {
      loader.add(file.toString(), InputFiles.readUtf8(file));
    }
    try {
      Schema schema = loader.load();
      for (Diagnostic w : schema.warnings()) {
        err.println(w.format());
      }
      return Optional.of(schema);
    } catch (SchemaException e) {
      for (Diagnostic d : e.errors()) {
        err.println(d.format());
      }
      err.println(Tlc.count(e.errors().size(), "error"));
      return Optional.empty();
    }
  }
}

package dev.tlkit.cli;

import dev.tlkit.schema.Diagnostic;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The schema arguments that {@code check} and {@code generate} share: the files, loaded together
 * as one schema, and how explicit constructor ids are checked.
 */
final class SchemaInput {
  @Option(
      names = "--id-policy",
      paramLabel = "POLICY",
      converter = IdPolicyConverter.class,
      completionCandidates = IdPolicyNames.class,
      description = "What an explicit #id that differs from the computed one is: "
          + "strict (an error, the default), warn (a warning) or trust (accepted silently).")
  IdPolicy idPolicy = IdPolicy.STRICT;

  @Option(
      names = "--allow-id-mismatch",
      paramLabel = "NAME",
      split = ",",
      description = "Definitions whose explicit #id may differ from the computed one under any "
          + "policy, such as mtproto.tl's ipPortSecret. Comma-separated, repeatable.")
  List<String> allowedIdMismatches = new ArrayList<>();

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
    return new SchemaOptions(idPolicy, new HashSet<>(allowedIdMismatches));
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

  /** {@code strict}, {@code warn}, {@code trust}, in any case. */
  static final class IdPolicyConverter implements ITypeConverter<IdPolicy> {
    @Override
    public IdPolicy convert(String value) {
      for (IdPolicy p : IdPolicy.values()) {
        if (p.name().equalsIgnoreCase(value)) {
          return p;
        }
      }
      throw new TypeConversionException(
          "expected one of strict, warn, trust but was '" + value + "'");
    }
  }

  /** The policy names as they are typed, for help and completion. */
  static final class IdPolicyNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(IdPolicy.values())
          .map(p -> p.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}

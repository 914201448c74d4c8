package dev.tlkit.cli;

import dev.tlkit.codegen.GenerationException;
import dev.tlkit.diff.ReportFormat;
import dev.tlkit.diff.SchemaChanges;
import dev.tlkit.diff.SchemaDiff;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tlc diff}: what changed between two versions of a schema, and what it means. */
@Command(
    name = "diff",
    description = {
        "Compares two versions of a schema: added, removed and changed constructors, functions and "
            + "types, each classed by what it means for code using the generated Java (compatible "
            + "or breaking) and for the wire (old bytes still readable or not).",
        "Each side may be several files, separated by commas: old/api.tl,old/mtproto.tl."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the report was printed (and --fail-on found nothing)",
        "1:a schema has errors, or --fail-on found such a change",
        "2:bad command line"})
final class DiffCommand implements Callable<Integer> {
  /**
   * Which changes make {@code tlc diff} fail; lower case, as they are typed and as picocli's
   * message lists them ({@link Tlc} accepts enum values in any case).
   */
  enum FailOn { never, breaking, wire }

  @Spec
  private CommandSpec spec;

  // arity 1: by default picocli lets a positional list be absent, and a missing side compared
  // nothing with nothing ("(no files) -> (no files): no changes", exit 0).
  @Parameters(index = "0", arity = "1", paramLabel = "OLD", split = ",",
      description = "The old schema's files.")
  private List<Path> oldFiles = new ArrayList<>();

  @Parameters(index = "1", arity = "1", paramLabel = "NEW", split = ",",
      description = "The new schema's files.")
  private List<Path> newFiles = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default), markdown (for a changelog) or json (for tools).")
  private String format;

  @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "never",
      description = "Exit with 1 when the update has a change of this kind: never (the default), "
          + "breaking (Java source), or wire (old bytes no longer readable).")
  private FailOn failOn;

  /** Applied to both sides. */
  @Mixin
  private IdOptions ids = new IdOptions();

  @Override
  public Integer call() {
    ReportFormat reportFormat;
    try {
      reportFormat = ReportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new UserException("--format: expected text, markdown or json but was '" + format + "'");
    }
    PrintWriter err = spec.commandLine().getErr();
    SchemaOptions options = ids.options();
    Optional<Schema> before = SchemaInput.load(oldFiles, options, err);
    Optional<Schema> after = SchemaInput.load(newFiles, options, err);
    if (before.isEmpty() || after.isEmpty()) {
      return 1;
    }
    SchemaChanges changes;
    try {
      changes = SchemaDiff.compare(before.get(), after.get());
    } catch (GenerationException e) {
      // The verdicts are about the generated Java: a schema that cannot become Java has none.
      return Tlc.cannotBecomeJava(err, "the schema cannot become Java: ", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(reportFormat.render(changes));
    out.flush();
    boolean failed = switch (failOn) {
      case never -> false;
      case breaking -> changes.hasBreaking();
      case wire -> changes.hasWireIncompatible();
    };
    if (failed) {
      err.println("tlc diff: the update has " + (failOn == FailOn.breaking
          ? changes.breakingCount() + " breaking change(s)"
          : changes.wireIncompatibleCount() + " wire-incompatible change(s)"));
      err.flush();
    }
    return failed ? 1 : 0;
  }
}

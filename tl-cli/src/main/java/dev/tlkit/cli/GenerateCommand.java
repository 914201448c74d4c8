package dev.tlkit.cli;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.run.GenerationFailure;
import dev.tlkit.codegen.run.GenerationRequest;
import dev.tlkit.codegen.run.GenerationRun;
import dev.tlkit.codegen.run.GeneratorVersion;
import dev.tlkit.schema.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tlc generate}: the generator without Maven, the same run as the plugin's (tl-codegen's
 * {@link GenerationRun}), with picocli's options and a line on standard output.
 */
@Command(
    name = "generate",
    description = {
        "Generates Java sources from the files, linked as one schema, under DIR.",
        "Only files whose content changed are written, and files it generated before that the schema "
            + "no longer gives are deleted; it remembers them in DIR/" + GenerateCommand.STATE_DIRECTORY
            + "/P.state. Other files in DIR are never touched. On any error nothing is written."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:generated, or up to date",
        "1:schema errors, a malformed docs file, a name clash, or a file cannot be read or written",
        "2:bad command line"
    })
final class GenerateCommand implements Callable<Integer> {
  /** Where, under the output directory, each package's state is kept. */
  static final String STATE_DIRECTORY = ".tlc-generate";

  @Spec
  private CommandSpec spec;

  @Option(names = "--package", paramLabel = "P", required = true,
      description = "The Java package of the generated classes, e.g. dev.tlkit.telegram.")
  private String packageName;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The source root to write into (created if missing).")
  private Path out;

  @Option(names = "--null-marked",
      description = "Annotate optional components and accessors with JSpecify's @Nullable and each "
          + "package with @NullMarked (compiling then needs org.jspecify:jspecify; running does not).")
  private boolean nullMarked;

  @Option(names = "--docs", paramLabel = "FILE",
      description = "A tlkit docs file documenting the generated code (and giving the RpcErrors catalogue).")
  private Path docsFile;

  @Mixin
  private SchemaInput input;

  @Override
  public Integer call() {
    if (!SourceVersion.isName(packageName)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--package': '" + packageName + "' is not a Java package name");
    }
    long start = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    // One state per package: two packages generated into one DIR never delete each other's files.
    GenerationRequest request = new GenerationRequest(input.files, input.options(),
        new GeneratorOptions(packageName, nullMarked), Optional.ofNullable(docsFile), out,
        out.resolve(STATE_DIRECTORY).resolve(packageName + ".state"), GeneratorVersion.of(Tlc.version()));
    GenerationRun.Result result;
    try {
      result = new GenerationRun(request).run();
    } catch (GenerationFailure e) {
      e.lines().forEach(err::println);
      err.flush();
      return 1;
    } catch (IOException e) {
      throw new UserException("cannot write into " + out + ": " + e.getMessage(), e);
    }
    result.warnings().forEach(err::println);
    err.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter stdout = spec.commandLine().getOut();
    if (result.upToDate()) {
      stdout.println(String.format(Locale.ROOT, "up to date: %s under %s, nothing to write, in %.2f s",
          Tlc.count(result.generated(), "file"), out, seconds));
    } else {
      Schema schema = result.schema().orElseThrow();
      stdout.println(String.format(Locale.ROOT,
          "wrote %d of %d files under %s (%d unchanged, %d deleted): %s, %s, %s, in %.2f s",
          result.written(), result.generated(), out, result.unchanged(), result.deleted(),
          Tlc.count(schema.constructors().size(), "constructor"),
          Tlc.count(schema.functions().size(), "function"),
          Tlc.count(schema.types().size(), "type"),
          seconds));
    }
    stdout.flush();
    return 0;
  }
}

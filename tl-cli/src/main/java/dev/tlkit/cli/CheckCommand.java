package dev.tlkit.cli;

import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaFile;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tlc check}: parses and links schema files, then prints what each declares. */
@Command(
    name = "check",
    description = {
        "Parses and links the files as one schema.",
        "Prints one line per file: its layer and how many constructors, functions and types it "
            + "declares. Warnings and errors go to standard error as file:line:col: messages."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the schema is valid", "1:errors, or a file cannot be read", "2:bad command line"})
final class CheckCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private SchemaInput input;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Schema> schema = input.load(spec.commandLine().getErr());
    if (schema.isEmpty()) {
      return 1;
    }
    for (SchemaFile f : schema.get().files()) {
      out.println(summary(f));
    }
    out.flush();
    return 0;
  }

  /** {@code schema/api.tl: layer 228, 1642 constructors, 806 functions, 608 types}. */
  private static String summary(SchemaFile f) {
    String layer = f.layer().isPresent() ? "layer " + f.layer().getAsInt() : "no layer";
    return f.path() + ": " + layer + ", " + Tlc.count(f.constructors(), "constructor") + ", "
        + Tlc.count(f.functions(), "function") + ", " + Tlc.count(f.types(), "type");
  }
}

package dev.tlkit.cli;

import dev.tlkit.cli.docs.MtcuteDocs;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tlc import-docs}: mtcute's two documentation files into one tlkit docs file. */
@Command(
    name = "import-docs",
    description = {
        "Writes a tlkit docs file from mtcute's api-schema.json and raw-errors.json.",
        "With schema files, also checks the docs against them: names the schema lacks are "
            + "warnings, and what the docs cover is counted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:written",
        "1:a file cannot be read or is not mtcute's format, or the schema has errors",
        "2:bad command line"
    })
final class ImportDocsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--mtcute-schema", paramLabel = "FILE", required = true,
      description = "mtcute's api-schema.json (descriptions, per-function throws and availability).")
  private Path apiSchema;

  @Option(names = "--mtcute-errors", paramLabel = "FILE", required = true,
      description = "mtcute's raw-errors.json (the error catalogue, throws, userOnly, botOnly).")
  private Path rawErrors;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The docs file to write.")
  private Path out;

  @Option(names = "--source", paramLabel = "TEXT", description = "What the docs file says it comes from.")
  private String source = "";

  @Parameters(paramLabel = "SCHEMA", arity = "0..*",
      description = "Schema files (.tl) to check the docs against, linked as one schema.")
  private List<Path> schemaFiles = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    MtcuteDocs.Result result;
    try {
      result = MtcuteDocs.read(apiSchema, rawErrors, source);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
    ApiDocs docs = result.docs();
    result.notes().forEach(n -> err.println("note: " + n));
    if (!schemaFiles.isEmpty()) {
      Optional<Schema> schema = SchemaInput.load(schemaFiles, SchemaOptions.DEFAULT, err);
      if (schema.isEmpty()) {
        return 1;
      }
      docs.unknownNames(schema.get()).forEach(w -> err.println(out + ": warning: " + w));
      ApiDocs.Coverage c = docs.coverage(schema.get());
      stdout.println(String.format(Locale.ROOT,
          "covers %d of %d definitions (%.1f%%) and %d of %d parameters (%.1f%%); %d of %d functions"
              + " list errors, %d say who may call them; %d errors in the catalogue",
          c.described(), c.definitions(), 100.0 * c.described() / c.definitions(),
          c.paramsDescribed(), c.params(), 100.0 * c.paramsDescribed() / c.params(),
          c.functionsWithErrors(), c.functions(), c.functionsWithCallers(), c.errors()));
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    DocsFile.write(docs, out);
    stdout.println("wrote " + out + ": " + Tlc.count(docs.definitions().size(), "definition") + ", "
        + Tlc.count(docs.types().size(), "type") + ", " + Tlc.count(docs.errors().size(), "error"));
    stdout.flush();
    return 0;
  }
}

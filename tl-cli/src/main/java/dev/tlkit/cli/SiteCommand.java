package dev.tlkit.cli;

import dev.tlkit.cli.vectors.BundledSchema;
import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DocsException;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.schema.Diagnostic;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.site.EarlierLayers;
import dev.tlkit.site.Site;
import java.io.IOException;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tlc site --out DIR}: the reference site of the bundled Telegram API (with its docs and
 * its earlier layers 181, 198 and 223), or of schema files of the user's.
 */
@Command(
    name = "site",
    description = {
        "Writes the reference site of the bundled Telegram API or of the schema given with --schema.",
        "It has a static page for every function, constructor, type and error, with examples and",
        "their bytes, cross-references, layer history and an offline search. Open DIR/index.html",
        "in a browser; no server is needed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:written",
        "1:schema errors, a malformed docs file, or the site cannot be written",
        "2:bad command line"
    })
final class SiteCommand implements Callable<Integer> {
  private static final String PACKAGE = "dev.tlkit.telegram";

  @Spec
  private CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the site goes.")
  private Path out;

  @Option(names = "--schema", paramLabel = "FILE", split = ",",
      description = "The site of these schema files (.tl, linked as one schema) instead of the bundled "
          + "Telegram API; their //@ comments are documentation. Comma-separated, repeatable.")
  private List<Path> schemaFiles = new ArrayList<>();

  @Option(names = "--docs", paramLabel = "FILE", description = "With --schema: a tlkit docs file documenting it.")
  private Path docsFile;

  @Option(names = "--history", paramLabel = "DIR",
      description = "With --schema: earlier layers, one folder each whose .tl files are that layer "
          + "(history/198/api.tl); pages then give each definition's layer history.")
  private Path historyDirectory;

  @Option(names = "--package", paramLabel = "P",
      description = "The Java package of the generated classes the pages show; default: " + PACKAGE + ".")
  private String packageName = PACKAGE;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The site's name, in every page's title; default: Telegram API, or the schema's file names.")
  private String name;

  /** With --schema: how its ids are checked, as for check, but warn by default, as decode does. */
  @Mixin
  private IdOptions ids = new IdOptions(IdPolicy.WARN);

  @Override
  public Integer call() {
    if ((docsFile != null || historyDirectory != null) && schemaFiles.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--docs and --history go with --schema; the bundled API has its docs and history already");
    }
    if (!javax.lang.model.SourceVersion.isName(packageName)) {
      throw new ParameterException(spec.commandLine(),
          "--package: '" + packageName + "' is not a valid Java package name");
    }
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    Site.Input input;
    if (schemaFiles.isEmpty()) {
      // The earlier layers parse while today's schema and the docs do: two cores, half the wait.
      java.util.concurrent.CompletableFuture<List<Schema>> history =
          java.util.concurrent.CompletableFuture.supplyAsync(BundledSchema::history);
      ApiDocs docs = DocCommand.bundledDocs();
      input = new Site.Input(BundledSchema.get(), docs, new GeneratorOptions(PACKAGE),
          history.join(), name == null ? "Telegram API" : name);
    } else {
      Optional<Schema> loaded = SchemaInput.load(schemaFiles, ids.options(), err);
      if (loaded.isEmpty()) {
        err.flush();
        return 1;
      }
      ApiDocs docs = ApiDocs.EMPTY;
      List<Schema> history = List.of();
      try {
        if (docsFile != null) {
          docs = DocsFile.read(docsFile);
        }
        if (historyDirectory != null) {
          history = EarlierLayers.load(historyDirectory, ids.options());
        }
      } catch (DocsException e) {
        err.println(e.getMessage());
        err.flush();
        return 1;
      } catch (SchemaException e) {
        for (Diagnostic d : e.errors()) {
          err.println(d.format());
        }
        err.println(Tlc.count(e.errors().size(), "error") + " in --history " + historyDirectory);
        err.flush();
        return 1;
      } catch (IOException e) {
        throw new UserException("--history: cannot read " + historyDirectory + ": " + e.getMessage());
      }
      String title = name != null ? name
          : String.join(", ", schemaFiles.stream().map(p -> String.valueOf(p.getFileName())).toList());
      input = new Site.Input(loaded.get(), docs, new GeneratorOptions(packageName), history, title);
    }
    Site.Summary summary;
    try {
      summary = Site.write(input, out);
    } catch (GenerationException e) {
      // The pages show Java names: a schema whose names clash has none to show.
      return Tlc.cannotBecomeJava(err, "", e);
    } catch (IOException e) {
      throw new UserException("--out: cannot write " + out + ": " + e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("%d files, %,d bytes, in %.1f s: open %s%n", summary.files(), summary.bytes(),
        (System.nanoTime() - start) / 1e9, summary.index().toAbsolutePath().normalize().toUri());
    stdout.flush();
    return 0;
  }
}

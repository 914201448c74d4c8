package dev.tlkit.cli;

import dev.tlkit.codegen.GeneratedFile;
import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaGenerator;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DocsException;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.schema.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
 * {@code tlc generate}: the generator without Maven. Writes a file only when its content changed,
 * so that a build tool watching the directory recompiles only what is new.
 */
@Command(
    name = "generate",
    description = {
        "Generates Java sources from the files, linked as one schema, under DIR.",
        "Only files whose content changed are written; files already in DIR are never deleted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:generated",
        "1:schema errors, a malformed docs file, a name clash, or a file cannot be read or written",
        "2:bad command line"
    })
final class GenerateCommand implements Callable<Integer> {
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
    Optional<Schema> loaded = input.load(err);
    if (loaded.isEmpty()) {
      return 1;
    }
    Schema schema = loaded.get();
    ApiDocs docs = ApiDocs.EMPTY;
    if (docsFile != null) {
      try {
        docs = DocsFile.read(docsFile);
      } catch (DocsException e) {
        err.println(e.getMessage());
        return 1;
      }
      for (String warning : docs.unknownNames(schema)) {
        err.println(docsFile + ": warning: " + warning);
      }
    }
    List<GeneratedFile> files;
    try {
      files = new JavaGenerator(schema, new GeneratorOptions(packageName, nullMarked), docs).generate();
    } catch (GenerationException e) {
      return Tlc.cannotBecomeJava(err, "", e);
    }
    int written = 0;
    for (GeneratedFile f : files) {
      if (write(out.resolve(f.path()), f.content().getBytes(StandardCharsets.UTF_8))) {
        written++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(String.format(Locale.ROOT,
        "wrote %d of %d files under %s (%d unchanged): %s, %s, %s, in %.2f s",
        written, files.size(), out, files.size() - written,
        Tlc.count(schema.constructors().size(), "constructor"),
        Tlc.count(schema.functions().size(), "function"),
        Tlc.count(schema.types().size(), "type"),
        seconds));
    stdout.flush();
    return 0;
  }

  /** Writes {@code content} unless the file already holds exactly that; true if it wrote. */
  private static boolean write(Path file, byte[] content) {
    try {
      if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
        return false;
      }
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, content);
      return true;
    } catch (IOException e) {
      throw new UserException("cannot write " + file + ": " + e, e);
    }
  }
}

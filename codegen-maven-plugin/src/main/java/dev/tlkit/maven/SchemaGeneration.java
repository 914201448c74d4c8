package dev.tlkit.maven;

import dev.tlkit.codegen.GeneratedFile;
import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaGenerator;
import dev.tlkit.schema.Diagnostic;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.schema.SchemaLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One generation, start to end, knowing nothing of Maven: check whether anything changed, load and
 * link the schema, generate every file in memory, and only then touch the output directory. A
 * schema that fails leaves no output of this execution behind, so nothing stale can compile.
 */
public final class SchemaGeneration {
  private final GenerationRequest request;
  private final String generatorVersion;
  private final BuildLog log;

  public SchemaGeneration(GenerationRequest request, String generatorVersion, BuildLog log) {
    this.request = request;
    this.generatorVersion = generatorVersion;
    this.log = log;
  }

  public void run() throws GenerationFailure {
    long start = System.nanoTime();
    try {
      String digest = IncrementalState.digestOf(request, generatorVersion);
      IncrementalState previous = IncrementalState.load(request.stateFile()).orElse(null);
      if (previous != null && previous.digest().equals(digest)
          && previous.outputsPresent(request.outputDirectory())) {
        log.info("up to date: " + count(request.schemaFiles().size(), "schema file")
            + " unchanged, nothing to generate");
        return;
      }
      List<String> before = previous == null ? List.of() : previous.files();
      OutputDirectory output = new OutputDirectory(request.outputDirectory());
      Schema schema;
      List<GeneratedFile> files;
      try {
        schema = load();
        files = generate(schema);
      } catch (GenerationFailure e) {
        output.deleteAll(before);
        IncrementalState.delete(request.stateFile());
        throw e;
      }
      for (Diagnostic warning : schema.warnings()) {
        log.warn(warning.format());
      }
      OutputDirectory.Changes changes = output.write(files, before);
      new IncrementalState(digest, files.stream().map(GeneratedFile::path).toList()).save(request.stateFile());
      long types = schema.types().stream().filter(t -> t.constructors().size() > 1).count();
      log.info(String.format(Locale.ROOT,
          "generated %s (%d written, %d unchanged, %d deleted) from %s%s: %d constructors, %d functions, %d types in %.1f s",
          count(files.size(), "file"), changes.written(), changes.unchanged(), changes.deleted(),
          count(request.schemaFiles().size(), "schema file"),
          schema.layer().isPresent() ? ", layer " + schema.layer().getAsInt() : "",
          schema.constructors().size(), schema.functions().size(), types,
          (System.nanoTime() - start) / 1e9));
    } catch (IOException | UncheckedIOException e) {
      throw new GenerationFailure("cannot generate into " + request.outputDirectory() + ": " + e.getMessage());
    }
  }

  private Schema load() throws GenerationFailure {
    try {
      SchemaLoader loader = new SchemaLoader(request.options());
      for (Path file : request.schemaFiles()) {
        loader.add(file);
      }
      return loader.load();
    } catch (SchemaException e) {
      String errors = e.errors().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
      throw new GenerationFailure(count(e.errors().size(), "schema error") + ":\n" + errors);
    } catch (UncheckedIOException e) {
      throw new GenerationFailure(e.getMessage());
    }
  }

  private List<GeneratedFile> generate(Schema schema) throws GenerationFailure {
    try {
      return new JavaGenerator(schema, new GeneratorOptions(request.packageName())).generate();
    } catch (GenerationException e) {
      throw new GenerationFailure(String.join("\n", e.problems()));
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

package dev.tlkit.maven;

import dev.tlkit.codegen.GeneratedFile;
import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaGenerator;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DocsException;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.schema.Diagnostic;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.schema.SchemaLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One generation, start to end, knowing nothing of Maven.
 *
 * <ol>
 *   <li>If the {@link InputDigest} matches the one this execution recorded and all the files it
 *       recorded are still there, say so in one line and stop.
 *   <li>Load and link the schema, and generate every file, in memory.
 *   <li>Only then touch the output directory: write the files whose bytes changed, delete the ones
 *       this execution wrote last time and no longer generates, record the new state.
 * </ol>
 *
 * <p>When the schema or the docs file has errors (or the schema cannot become Java), nothing is written, and the files this
 * execution generated last time are deleted with its state. They were generated from an older
 * schema; left in place, an IDE or a later {@code compile} would build them as if they were
 * current, and code written against the new schema would fail in confusing ways or, worse, not fail.
 * A build with a broken schema therefore has no generated sources at all; the next good schema
 * generates everything again.
 */
public final class SchemaGeneration {
  private final BuildLog log;

  public SchemaGeneration(BuildLog log) {
    this.log = log;
  }

  /** What a run did; {@code upToDate} runs did nothing at all. */
  public record Result(boolean upToDate, int files, int written, int unchanged, int deleted) {}

  /**
   * Runs the request.
   *
   * @throws GenerationFailure for schema errors and name clashes, with every one of them
   * @throws IOException if a schema cannot be read or the output cannot be written
   */
  public Result run(GenerationRequest request) throws GenerationFailure, IOException {
    long start = System.nanoTime();
    Path out = request.outputDirectory();
    String digest = InputDigest.of(request);
    Optional<IncrementalState> previous = IncrementalState.load(request.stateFile());
    if (previous.isPresent() && previous.get().isUpToDate(digest, out)) {
      log.info("up to date: " + count(request.sources().size(), "schema file") + ", nothing to generate");
      return new Result(true, previous.get().files().size(), 0, 0, 0);
    }

    Schema schema;
    ApiDocs docs;
    List<GeneratedFile> files;
    try {
      schema = load(request);
      docs = loadDocs(request);
      files = generate(schema, new GeneratorOptions(request.packageName(), request.nullMarked()), docs);
    } catch (GenerationFailure e) {
      discard(previous, request.stateFile());
      throw e;
    }
    for (Diagnostic warning : schema.warnings()) {
      log.warn(warning.format());
    }
    if (request.docsFile() != null) {
      for (String warning : docs.unknownNames(schema)) {
        log.warn(request.docsFile() + ": warning: " + warning);
      }
    }

    OutputDirectory output = new OutputDirectory(out);
    List<String> next = files.stream().map(GeneratedFile::path).toList();
    int deleted = 0;
    List<String> before = List.of();
    if (previous.isPresent()) {
      if (previous.get().outputDirectory().equals(out)) {
        before = previous.get().files();
      } else { // the output directory was moved: what was generated in the old one is stale
        deleted += new OutputDirectory(previous.get().outputDirectory()).delete(previous.get().files());
      }
    }
    IncrementalState.writing(out, before, next).save(request.stateFile());
    OutputDirectory.Writes writes = output.write(files);
    Set<String> stale = new HashSet<>(before);
    next.forEach(stale::remove);
    deleted += output.delete(stale);
    new IncrementalState(digest, out, next).save(request.stateFile());

    log.info(String.format(Locale.ROOT,
        "generated %s (%d written, %d unchanged, %d deleted) from %s%s: %s, %s, %s in %.1f s",
        count(files.size(), "file"), writes.written(), writes.unchanged(), deleted,
        count(request.sources().size(), "schema file"),
        schema.layer().isPresent() ? ", layer " + schema.layer().getAsInt() : "",
        count(schema.constructors().size(), "constructor"),
        count(schema.functions().size(), "function"),
        count(schema.types().size(), "type"),
        (System.nanoTime() - start) / 1e9));
    return new Result(false, files.size(), writes.written(), writes.unchanged(), deleted);
  }

  private static Schema load(GenerationRequest request) throws GenerationFailure {
    SchemaLoader loader = new SchemaLoader(request.schemaOptions());
    try {
      // The absolute path is the name in every error: file:line:col then opens in any IDE or terminal.
      request.sources().files().forEach(loader::add);
      return loader.load();
    } catch (SchemaException e) {
      throw new GenerationFailure(count(e.errors().size(), "schema error") + ":\n"
          + e.errors().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    } catch (UncheckedIOException e) {
      throw new GenerationFailure(e.getMessage());
    }
  }

  private static ApiDocs loadDocs(GenerationRequest request) throws GenerationFailure {
    if (request.docsFile() == null) {
      return ApiDocs.EMPTY;
    }
    try {
      return DocsFile.read(request.docsFile());
    } catch (DocsException e) {
      throw new GenerationFailure("docs file error:\n" + e.getMessage());
    }
  }

  private static List<GeneratedFile> generate(Schema schema, GeneratorOptions options, ApiDocs docs)
      throws GenerationFailure {
    try {
      return new JavaGenerator(schema, options, docs).generate();
    } catch (GenerationException e) {
      throw new GenerationFailure("the schema cannot become Java:\n" + String.join("\n", e.problems()));
    }
  }

  /** After a failure: no output of an older schema may stay behind to be compiled. */
  private void discard(Optional<IncrementalState> previous, Path stateFile) throws IOException {
    if (previous.isPresent()) {
      IncrementalState p = previous.get();
      int deleted = new OutputDirectory(p.outputDirectory()).delete(p.files());
      if (deleted > 0) {
        log.warn("deleted the " + count(deleted, "file") + " generated from the previous schema,"
            + " so that none of them compiles while the schema has errors");
      }
    }
    Files.deleteIfExists(stateFile);
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

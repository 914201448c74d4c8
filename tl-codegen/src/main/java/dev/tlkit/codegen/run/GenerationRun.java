package dev.tlkit.codegen.run;

import dev.tlkit.codegen.GeneratedFile;
import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.JavaGenerator;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DocsException;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.schema.SchemaHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One generation, start to end: what the plugin's goals and {@code tlc generate} run, each only
 * adapting it to its parameters and its way of reporting.
 *
 * <ol>
 *   <li>If the digest of the inputs ({@link InputDigest}) is the one the state file recorded and all
 *       the files it recorded are still there, do nothing.
 *   <li>Load the schema, read the docs file, and generate every file, in memory. A failure here
 *       ({@link GenerationFailure}) leaves the output directory and the state file as they were:
 *       the last good output stays, so an IDE keeps compiling while the schema is being fixed.
 *   <li>Find out, still only reading, which files differ from what is on disk and which files of
 *       the last run are no longer generated.
 *   <li>Only then touch the output directory: write the files whose bytes changed, delete the
 *       stale ones, record the new state. Before the first write, the state lists the files of both
 *       runs, so a run that dies half-way is never taken as up to date, and the next one still
 *       knows every file that may be lying around.
 * </ol>
 */
public final class GenerationRun {
  private final GenerationRequest request;

  public GenerationRun(GenerationRequest request) {
    this.request = Objects.requireNonNull(request, "request");
  }

  /**
   * What a run did.
   *
   * @param upToDate true if the inputs had not changed since the last run: nothing was done
   * @param generated how many files the schema gives (the last run's count when up to date)
   * @param written files written because their bytes changed or they were missing
   * @param unchanged files already on disk with the same bytes, not written
   * @param deleted files of the last run that are no longer generated, deleted
   * @param warnings the schema's warnings and the docs file's unknown names, each as printed
   * @param schema the schema generated from; empty when up to date (it was not loaded)
   */
  public record Result(boolean upToDate, int generated, int written, int unchanged, int deleted,
      List<String> warnings, Optional<Schema> schema) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Runs the request.
   *
   * @throws GenerationFailure if a schema file cannot be read, the schema or the docs file has
   *     errors, or the schema cannot become Java; nothing was written or deleted
   * @throws IOException if the output directory or the state file cannot be written
   */
  public Result run() throws GenerationFailure, IOException {
    Path out = request.outputDirectory();
    Optional<GenerationState> previous = GenerationState.load(request.stateFile());
    String digest = digest();
    if (previous.isPresent() && previous.get().isUpToDate(digest, out)) {
      return new Result(true, previous.get().files().size(), 0, 0, 0, List.of(), Optional.empty());
    }

    // Everything in memory first.
    LoadedSchema loaded = LoadedSchema.load(request.schemaFiles(), request.schemaOptions());
    List<String> warnings = new ArrayList<>(loaded.warnings());
    ApiDocs docs = ApiDocs.EMPTY;
    if (request.docsFile().isPresent()) {
      Path docsFile = request.docsFile().get();
      try {
        docs = DocsFile.read(docsFile);
      } catch (DocsException e) {
        throw GenerationFailure.docs(e);
      }
      for (String warning : docs.unknownNames(loaded.schema())) {
        warnings.add(docsFile + ": warning: " + warning);
      }
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      for (GeneratedFile f : new JavaGenerator(history(loaded.schema()), request.generator(), docs).generate()) {
        if (files.put(f.path(), f.content().getBytes(StandardCharsets.UTF_8)) != null) {
          // The generator's clash checks make this impossible; if they failed, write nothing.
          throw new IllegalStateException("the generator gave two files " + f.path());
        }
      }
    } catch (GenerationException e) {
      throw GenerationFailure.notJava(e);
    }

    // Then what to do, reading only.
    OutputDirectory output = new OutputDirectory(out);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IOException("cannot write into " + out + ": it is not a directory");
    }
    List<String> before = List.of();
    List<String> elsewhere = List.of(); // the output directory was moved: the old one's files are stale
    Optional<OutputDirectory> old = Optional.empty();
    if (previous.isPresent()) {
      if (previous.get().outputDirectory().equals(out)) {
        before = previous.get().files();
      } else {
        old = Optional.of(new OutputDirectory(previous.get().outputDirectory()));
        elsewhere = previous.get().files();
        old.get().checkInside(elsewhere);
      }
    }
    Set<String> stale = new TreeSet<>(before);
    stale.removeAll(files.keySet());
    output.checkInside(stale);
    List<String> changed = output.changed(files);

    // Only now touch the directory.
    int deleted = 0;
    if (!changed.isEmpty() || !stale.isEmpty() || old.isPresent()) {
      GenerationState.writing(out, before, files.keySet()).save(request.stateFile());
      if (old.isPresent()) {
        deleted += old.get().delete(elsewhere);
      }
      for (String path : changed) {
        output.write(path, files.get(path));
      }
      deleted += output.delete(stale);
    }
    new GenerationState(digest, out, List.copyOf(files.keySet())).save(request.stateFile());
    return new Result(false, files.size(), changed.size(), files.size() - changed.size(), deleted,
        warnings, Optional.of(loaded.schema()));
  }

  /** Today's schema with the request's earlier layers, each loaded from its own file. */
  private SchemaHistory history(Schema today) throws GenerationFailure {
    List<Schema> earlier = new ArrayList<>();
    for (Path file : request.compatSchemas()) {
      earlier.add(LoadedSchema.load(List.of(file), request.schemaOptions()).schema());
    }
    try {
      return SchemaHistory.of(today, earlier);
    } catch (SchemaException e) {
      throw GenerationFailure.schemaErrors(e.errors());
    }
  }

  /** The inputs' digest; none if a schema file cannot be read, which loading then reports in full. */
  private String digest() {
    try {
      return InputDigest.of(request);
    } catch (IOException e) {
      return "";
    }
  }
}

package dev.tlkit.maven;

import dev.tlkit.codegen.run.GenerationFailure;
import dev.tlkit.codegen.run.GenerationRun;
import dev.tlkit.schema.Schema;
import java.io.IOException;
import java.util.Locale;

/**
 * One execution's generation, knowing nothing of Maven: tl-codegen's {@link GenerationRun} (which
 * decides what is up to date, what is written and what is deleted, and on a failure changes
 * nothing), with its result said in the build log in one line.
 */
public final class SchemaGeneration {
  private final BuildLog log;

  public SchemaGeneration(BuildLog log) {
    this.log = log;
  }

  /**
   * Runs the generation the parameters ask for and logs what it did.
   *
   * @throws GenerationFailure for an unreadable file, schema or docs errors, and name clashes, with
   *     every one of them; the previous output is left as it was
   * @throws IOException if the output cannot be written
   */
  public GenerationRun.Result run(GenerateParameters parameters) throws GenerationFailure, IOException {
    long start = System.nanoTime();
    GenerationRun.Result result = new GenerationRun(parameters.request()).run();
    int sources = parameters.sources().size();
    if (result.upToDate()) {
      log.info("up to date: " + count(sources, "schema file") + ", nothing to generate");
      return result;
    }
    result.warnings().forEach(log::warn);
    Schema schema = result.schema().orElseThrow();
    log.info(String.format(Locale.ROOT,
        "generated %s (%d written, %d unchanged, %d deleted) from %s%s: %s, %s, %s in %.1f s",
        count(result.generated(), "file"), result.written(), result.unchanged(), result.deleted(),
        count(sources, "schema file"),
        schema.layer().isPresent() ? ", layer " + schema.layer().getAsInt() : "",
        count(schema.constructors().size(), "constructor"),
        count(schema.functions().size(), "function"),
        count(schema.types().size(), "type"),
        (System.nanoTime() - start) / 1e9));
    return result;
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

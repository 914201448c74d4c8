package dev.tlkit.codegen.run;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one {@link GenerationRun} depends on. Every component but {@code stateFile} goes into
 * the digest that tells a run that nothing changed since the last one.
 *
 * @param schemaFiles the schema files, loaded in this order as one schema (order matters: where two
 *     files define one name, the later one is scoped); their paths as given name them in errors
 * @param schemaOptions the id policy and the definitions allowed to keep a mismatching id
 * @param generator the package, nullness annotations and naming scheme of the generated code. A
 *     naming scheme other than {@link dev.tlkit.codegen.NamingRules#STANDARD} is code the digest
 *     cannot see: a tool that changes its rules must change {@code generatorVersion} too
 * @param docsFile the docs file that documents the generated code, if any
 * @param outputDirectory the source root the files go to; stored absolute and normalized
 * @param stateFile where this run remembers what it generated: the files it may delete when they are
 *     no longer generated, and the digest of their inputs. Two runs that share an output directory
 *     need two state files; each then deletes only its own files
 * @param generatorVersion identifies the code that generates (see {@link GeneratorVersion}): a new
 *     one regenerates everything
 * @param compatSchemas earlier layers' schemas, one file each with its {@code // LAYER N} line:
 *     the generated code also reads what they wrote ({@code OlderLayers}); empty for none
 */
public record GenerationRequest(
    List<Path> schemaFiles,
    SchemaOptions schemaOptions,
    GeneratorOptions generator,
    Optional<Path> docsFile,
    Path outputDirectory,
    Path stateFile,
    String generatorVersion,
    List<Path> compatSchemas) {

  /** A request without earlier layers. */
  public GenerationRequest(List<Path> schemaFiles, SchemaOptions schemaOptions, GeneratorOptions generator,
      Optional<Path> docsFile, Path outputDirectory, Path stateFile, String generatorVersion) {
    this(schemaFiles, schemaOptions, generator, docsFile, outputDirectory, stateFile, generatorVersion, List.of());
  }

  public GenerationRequest {
    schemaFiles = List.copyOf(schemaFiles);
    if (schemaFiles.isEmpty()) {
      throw new IllegalArgumentException("no schema file");
    }
    Objects.requireNonNull(schemaOptions, "schemaOptions");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(docsFile, "docsFile");
    outputDirectory = outputDirectory.toAbsolutePath().normalize();
    stateFile = stateFile.toAbsolutePath().normalize();
    Objects.requireNonNull(generatorVersion, "generatorVersion");
    compatSchemas = List.copyOf(compatSchemas);
  }

  /** This request with a docs file. */
  public GenerationRequest withDocsFile(Path docs) {
    return new GenerationRequest(schemaFiles, schemaOptions, generator, Optional.of(docs),
        outputDirectory, stateFile, generatorVersion, compatSchemas);
  }
}

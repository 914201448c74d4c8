package dev.tlkit.maven;

import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one generation needs, resolved from the mojo's parameters; nothing of Maven in it, so
 * {@link SchemaGeneration} can be run and tested without Maven.
 *
 * @param schemaFiles the schema files, in the order they are loaded (sorted by path)
 * @param packageName the Java package of the generated classes
 * @param outputDirectory where generated sources go
 * @param options the id policy and allowed id mismatches
 * @param stateFile where this execution remembers its inputs' digest and the files it wrote
 */
public record GenerationRequest(
    List<Path> schemaFiles,
    String packageName,
    Path outputDirectory,
    SchemaOptions options,
    Path stateFile) {

  public GenerationRequest {
    schemaFiles = List.copyOf(schemaFiles);
  }
}

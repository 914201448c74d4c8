package dev.tlkit.maven;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.run.GenerationRequest;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * The parameters of one {@code tl:generate} (or {@code generate-test}) execution, checked: a value
 * that cannot work fails naming the parameter as the pom spells it. Nothing of Maven is in it, so
 * {@link SchemaGeneration} runs and is tested without Maven; {@link #request()} is what it asks
 * tl-codegen's {@link dev.tlkit.codegen.run.GenerationRun} to do.
 *
 * @param sources the schema files, loaded in path order as one schema
 * @param packageName the Java package of the generated classes
 * @param outputDirectory the source root generated files go to
 * @param schemaOptions the id policy and the definitions allowed to keep a mismatching id
 * @param stateFile where this execution remembers what it generated last (one per execution)
 * @param generatorVersion identifies the code that generates: a change regenerates everything
 * @param docsFile the docs file that documents the generated code, or null for none
 * @param nullMarked whether the generated code carries JSpecify's nullness annotations
 * @param compatSchemas earlier layers' schema files, whose bytes the generated code reads too
 */
public record GenerateParameters(
    SchemaSources sources,
    String packageName,
    Path outputDirectory,
    SchemaOptions schemaOptions,
    Path stateFile,
    String generatorVersion,
    Path docsFile,
    boolean nullMarked,
    List<Path> compatSchemas) {

  /** Parameters without earlier layers. */
  public GenerateParameters(SchemaSources sources, String packageName, Path outputDirectory,
      SchemaOptions schemaOptions, Path stateFile, String generatorVersion, Path docsFile, boolean nullMarked) {
    this(sources, packageName, outputDirectory, schemaOptions, stateFile, generatorVersion, docsFile,
        nullMarked, List.of());
  }

  /** Parameters without a docs file. */
  public GenerateParameters(SchemaSources sources, String packageName, Path outputDirectory,
      SchemaOptions schemaOptions, Path stateFile, String generatorVersion) {
    this(sources, packageName, outputDirectory, schemaOptions, stateFile, generatorVersion, null);
  }

  /** Parameters without nullness annotations. */
  public GenerateParameters(SchemaSources sources, String packageName, Path outputDirectory,
      SchemaOptions schemaOptions, Path stateFile, String generatorVersion, Path docsFile) {
    this(sources, packageName, outputDirectory, schemaOptions, stateFile, generatorVersion,
        docsFile, false);
  }

  public GenerateParameters {
    Objects.requireNonNull(sources, "sources");
    if (packageName == null || packageName.isBlank()) {
      throw new ParameterException("packageName", "is required, e.g. com.example.tl");
    }
    packageName = packageName.trim();
    if (!SourceVersion.isName(packageName)) {
      throw new ParameterException("packageName",
          "'" + packageName + "' is not a valid Java package name (dot-separated identifiers, no keywords)");
    }
    outputDirectory = outputDirectory.toAbsolutePath().normalize();
    stateFile = stateFile.toAbsolutePath().normalize();
    docsFile = docsFile == null ? null : docsFile.toAbsolutePath().normalize();
    Objects.requireNonNull(schemaOptions, "schemaOptions");
    Objects.requireNonNull(generatorVersion, "generatorVersion");
    compatSchemas = compatSchemas.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    for (Path p : compatSchemas) {
      if (!Files.isRegularFile(p)) {
        throw new ParameterException("compatSchemas", p + " is not a file");
      }
    }
  }

  /** {@code STRICT}, {@code WARN} or {@code TRUST}, in any case; anything else names the parameter. */
  public static IdPolicy idPolicy(String value) {
    String allowed = Arrays.stream(IdPolicy.values()).map(Enum::name).collect(Collectors.joining(", "));
    if (value == null || value.isBlank()) {
      return IdPolicy.STRICT;
    }
    try {
      return IdPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException("idPolicy", "'" + value + "' is not one of " + allowed);
    }
  }

  /** The run these parameters ask for: the sources in path order, absolute, so errors name files any IDE opens. */
  public GenerationRequest request() {
    return new GenerationRequest(sources.files(), schemaOptions, new GeneratorOptions(packageName, nullMarked),
        Optional.ofNullable(docsFile), outputDirectory, stateFile, generatorVersion, compatSchemas);
  }
}

package dev.tlkit.maven;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Everything one generation depends on, checked and immutable. Built by the mojo from its
 * parameters; nothing of Maven is in it, so {@link SchemaGeneration} runs and is tested without
 * Maven. Every component but {@code stateFile} goes into the up-to-date digest.
 *
 * @param sources the schema files, loaded in path order as one schema
 * @param packageName the Java package of the generated classes
 * @param outputDirectory the source root generated files go to
 * @param schemaOptions the id policy and the definitions allowed to keep a mismatching id
 * @param stateFile where this execution remembers what it generated last (one per execution)
 * @param generatorVersion identifies the code that generates: a change regenerates everything
 * @param docsFile the docs file that documents the generated code, or null for none
 * @param nullMarked whether the generated code carries JSpecify's nullness annotations
 */
public record GenerationRequest(
    SchemaSources sources,
    String packageName,
    Path outputDirectory,
    SchemaOptions schemaOptions,
    Path stateFile,
    String generatorVersion,
    Path docsFile,
    boolean nullMarked) {

  /** A request without a docs file. */
  public GenerationRequest(SchemaSources sources, String packageName, Path outputDirectory,
      SchemaOptions schemaOptions, Path stateFile, String generatorVersion) {
    this(sources, packageName, outputDirectory, schemaOptions, stateFile, generatorVersion, null);
  }

  /** A request without nullness annotations. */
  public GenerationRequest(SchemaSources sources, String packageName, Path outputDirectory,
      SchemaOptions schemaOptions, Path stateFile, String generatorVersion, Path docsFile) {
    this(sources, packageName, outputDirectory, schemaOptions, stateFile, generatorVersion,
        docsFile, false);
  }

  public GenerationRequest {
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

  /** The allowed id mismatches, sorted: the digest must not depend on a pom's list order. */
  public Set<String> allowedIdMismatches() {
    return new TreeSet<>(schemaOptions.allowedIdMismatches());
  }
}

package dev.tlkit.maven;

import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.run.GenerationFailure;
import dev.tlkit.codegen.run.LoadedSchema;
import dev.tlkit.diff.Impact;
import dev.tlkit.diff.ReportFormat;
import dev.tlkit.diff.SchemaChanges;
import dev.tlkit.diff.SchemaDiff;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the project's schema with a previous version of it and reports what changed: added,
 * removed and changed constructors, functions and types, each classed by what it means for code
 * using the generated Java (compatible or breaking) and for the wire (old bytes still readable or
 * not). Run it by hand ({@code mvn tl:diff -Dtl.previousSchema=old/api.tl}) or bind it to a phase
 * with {@code failOnBreaking} to guard schema updates.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = true)
public class DiffMojo extends SchemaMojo {

  /**
   * The previous version of the schema: one or more files, loaded together as one schema.
   * Required. From the command line: {@code -Dtl.previousSchema=old/api.tl,old/mtproto.tl}.
   */
  @Parameter(property = "tl.previousSchema", required = true)
  private List<File> previousSchemaFiles;

  /** The report's form: {@code text} (the default), {@code markdown} or {@code json}. */
  @Parameter(property = "tl.diffFormat", defaultValue = "text")
  private String format;

  /** A file to write the report to; by default it goes to the build log. */
  @Parameter(property = "tl.diffOutput")
  private File outputFile;

  /** Fails the build when a change breaks code that uses the generated Java. */
  @Parameter(property = "tl.failOnBreaking", defaultValue = "false")
  private boolean failOnBreaking;

  /** Fails the build when bytes written under the previous schema no longer decode. */
  @Parameter(property = "tl.failOnWireIncompatible", defaultValue = "false")
  private boolean failOnWireIncompatible;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    BuildLog log = new MavenBuildLog(getLog());
    ReportFormat reportFormat;
    SchemaOptions options;
    List<Path> before;
    SchemaSources after;
    try {
      reportFormat = reportFormat(format);
      options = schemaOptions();
      before = previous(previousSchemaFiles);
      after = schemaSources();
    } catch (ParameterException e) {
      throw new MojoFailureException(e.getMessage());
    }
    SchemaChanges changes;
    try {
      changes = SchemaDiff.compare(load(before, options, log), load(after.files(), options, log));
    } catch (GenerationException e) {
      // The verdicts are about the generated Java: a schema that cannot become Java has none.
      throw new MojoFailureException("[tl] the schema cannot become Java:\n" + String.join("\n", e.problems()));
    }
    String report = reportFormat.render(changes);
    if (outputFile != null) {
      try {
        Files.createDirectories(outputFile.toPath().toAbsolutePath().getParent());
        Files.writeString(outputFile.toPath(), report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException("outputFile: cannot write " + outputFile + ": " + e.getMessage(), e);
      }
      log.info("schema diff written to " + outputFile + ": " + report.lines().findFirst().orElse(""));
    } else {
      report.lines().forEach(log::info);
    }
    if (failOnBreaking && changes.hasBreaking()) {
      throw new MojoFailureException("[tl] the schema update has " + changes.breakingCount()
          + " breaking change(s) (failOnBreaking): " + names(changes, Impact::isBreaking));
    }
    if (failOnWireIncompatible && changes.hasWireIncompatible()) {
      throw new MojoFailureException("[tl] the schema update has " + changes.wireIncompatibleCount()
          + " wire-incompatible change(s) (failOnWireIncompatible): "
          + names(changes, Impact::isWireIncompatible));
    }
  }

  /**
   * The names of the changes that fail the build, so that the failure says what to look at even
   * when the report went to a file: the first ten, and how many more.
   */
  private static String names(SchemaChanges changes, Predicate<Impact> failing) {
    List<String> names = Stream.concat(
            changes.definitions().stream().filter(d -> failing.test(d.impact())).map(d -> d.name()),
            changes.types().stream().filter(t -> failing.test(t.impact())).map(t -> t.name() + " (type)"))
        .toList();
    int shown = Math.min(10, names.size());
    return String.join(", ", names.subList(0, shown))
        + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
  }

  /**
   * The previous files in the order given: where two files define one name, the later one is
   * scoped (see the parser's Linker), so their order is part of the schema and is kept.
   */
  private static List<Path> previous(List<File> files) {
    if (files == null || files.isEmpty()) {
      throw new ParameterException("previousSchemaFiles", "no file given");
    }
    for (File f : files) {
      if (!f.isFile()) {
        throw new ParameterException("previousSchemaFiles", f + " is not a file");
      }
    }
    return files.stream().map(File::toPath).toList();
  }

  private static ReportFormat reportFormat(String name) {
    try {
      return ReportFormat.of(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException("format", "'" + name + "' is not one of text, markdown, json");
    }
  }

  /** Loads {@code files} as one schema, warnings to {@code log}; errors fail the goal, listing them. */
  static Schema load(List<Path> files, SchemaOptions options, BuildLog log)
      throws MojoFailureException {
    try {
      LoadedSchema loaded = LoadedSchema.load(files, options);
      loaded.warnings().forEach(log::warn);
      return loaded.schema();
    } catch (GenerationFailure e) {
      throw new MojoFailureException(e.getMessage());
    }
  }
}

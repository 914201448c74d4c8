package dev.tlkit.maven;

import dev.tlkit.codegen.run.GenerationFailure;
import dev.tlkit.codegen.run.GeneratorVersion;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code tl:generate} and {@code tl:generate-test} share: the package, the run itself and its
 * incremental state. They differ only in where the sources go by default and which source roots
 * (main or test) they join. The incremental behaviour is described on {@link GenerateMojo}.
 */
abstract class GeneratingMojo extends SchemaMojo {

  /**
   * The Java package of the generated classes, such as {@code com.example.telegram}. Required.
   * Several executions that generate into one output directory need different packages.
   */
  @Parameter(property = "tl.packageName", required = true)
  private String packageName;

  /**
   * A docs file (tlkit's JSON docs format, see the README) whose descriptions, parameters, callers
   * and errors document the generated code, and whose error catalogue becomes the class
   * {@code RpcErrors}. Names it has that the schema lacks are warnings; a malformed file fails the
   * build, naming its line and column. Default: none (TDLib {@code //@} comments still document).
   */
  @Parameter(property = "tl.docsFile")
  private File docsFile;

  /**
   * Whether optional components and accessors carry JSpecify's type-use {@code @Nullable} and the
   * package says {@code @NullMarked}, so that Kotlin sees {@code String?} and IDEs warn about
   * unchecked reads. The project then needs {@code org.jspecify:jspecify} to compile; at run time
   * the annotations may be absent. Default: false.
   */
  @Parameter(property = "tl.nullMarked", defaultValue = "false")
  private boolean nullMarked;

  /**
   * Earlier layers' schemas, one {@code api.tl} each with its {@code // LAYER N} line: the
   * generated code then also reads what those layers wrote under ids today's schema no longer has
   * ({@code OlderLayers}), into today's records where they upgrade, else into records of the old
   * shape ({@code UserLayer198}). Default: none, and no {@code OlderLayers}.
   */
  @Parameter
  private List<File> compatSchemas;

  /** Skips generation, and does not add the output directory to the source roots. */
  @Parameter(property = "tl.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  /** Where this goal writes. */
  abstract File outputDirectory();

  /** Makes the written directory part of the build. */
  abstract void addSourceRoot(SourceRoots roots, Path directory);

  /** Why this goal has nothing to do in this build besides {@code tl.skip}, or null. */
  String skippedBecause() {
    return null;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    BuildLog log = new MavenBuildLog(getLog());
    if (skip) {
      log.info("skipped (tl.skip)");
      return;
    }
    String reason = skippedBecause();
    if (reason != null) {
      log.info("skipped (" + reason + ")");
      return;
    }
    GenerateParameters parameters;
    try {
      parameters = parameters();
    } catch (ParameterException e) {
      throw new MojoFailureException(e.getMessage());
    }
    try {
      new SchemaGeneration(log).run(parameters);
    } catch (GenerationFailure e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "[tl] cannot write into " + parameters.outputDirectory() + ": " + e, e);
    }
    addSourceRoot(new SourceRoots(project), parameters.outputDirectory());
  }

  private GenerateParameters parameters() {
    return new GenerateParameters(schemaSources(), packageName, outputDirectory().toPath(),
        schemaOptions(), stateFile(), GeneratorVersion.of(mojoExecution.getVersion()),
        docsFile == null ? null : docsFile.toPath(), nullMarked,
        compatSchemas == null ? List.of() : compatSchemas.stream().map(File::toPath).toList());
  }

  /** One state file per execution, so executions never take each other's files for their own. */
  private Path stateFile() {
    String id = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
    return buildDirectory.toPath().resolve("tl-state").resolve(id + ".state");
  }
}

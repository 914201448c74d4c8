package dev.tlkit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from TL schemas: a record per constructor and function, a sealed interface
 * per boxed type with several constructors, and a {@code Tl} class that decodes any object by its
 * id. The output directory becomes a compile source root. The generated code needs
 * {@code dev.tlkit:tl-runtime} as a dependency of the project.
 *
 * <p>Incremental: when neither the schema files, the settings nor the plugin changed since this
 * execution last ran, and its files are all still there, nothing is done. Otherwise only files
 * whose content changed are written, and files this execution generated before but no longer does
 * are deleted. A schema with errors fails the build, lists every error as {@code file:line:col},
 * and deletes this execution's earlier output, so nothing stale is compiled.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends SchemaMojo {

  /**
   * The Java package of the generated classes, such as {@code com.example.telegram}. Required.
   * Several executions that generate into one output directory need different packages.
   */
  @Parameter(property = "tl.packageName", required = true)
  private String packageName;

  /**
   * The directory generated sources go to. It is added to the project's compile source roots. Several
   * executions may share it: each one deletes only files it generated itself.
   */
  @Parameter(property = "tl.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/tl")
  private File outputDirectory;

  /** Skips generation, and does not add the output directory to the source roots. */
  @Parameter(property = "tl.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    BuildLog log = new MavenBuildLog(getLog());
    if (skip) {
      log.info("skipped (tl.skip)");
      return;
    }
    GenerationRequest request;
    try {
      request = request();
    } catch (ParameterException e) {
      throw new MojoFailureException(e.getMessage());
    }
    try {
      new SchemaGeneration(log).run(request);
    } catch (GenerationFailure e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "[tl] cannot read the schemas or write into " + request.outputDirectory() + ": " + e, e);
    }
    new CompileSourceRoots(project).add(request.outputDirectory());
  }

  private GenerationRequest request() {
    return new GenerationRequest(schemaSources(), packageName, outputDirectory.toPath(),
        schemaOptions(), stateFile(), GeneratorVersion.of(mojoExecution.getVersion()));
  }

  /** One state file per execution, so executions never take each other's files for their own. */
  private Path stateFile() {
    String id = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
    return buildDirectory.toPath().resolve("tl-state").resolve(id + ".state");
  }

}

package dev.tlkit.maven;

import dev.tlkit.schema.SchemaOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
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
public class GenerateMojo extends AbstractMojo {

  /**
   * The directory searched for schema files, with {@code includes} and {@code excludes}. Not used
   * when {@code schemaFiles} is set.
   */
  @Parameter(property = "tl.schemaDirectory", defaultValue = "${project.basedir}/src/main/tl")
  private File schemaDirectory;

  /**
   * Ant-style patterns, relative to {@code schemaDirectory}, of the schema files to load. Default:
   * {@code **}{@code /*.tl}.
   */
  @Parameter
  private List<String> includes = List.of("**/*.tl");

  /** Ant-style patterns, relative to {@code schemaDirectory}, of files to leave out. Default: none. */
  @Parameter
  private List<String> excludes = List.of();

  /**
   * Schema files named one by one. When set, {@code schemaDirectory}, {@code includes} and
   * {@code excludes} are not used. Whatever their order here, files are loaded sorted by path.
   */
  @Parameter
  private List<File> schemaFiles;

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

  /**
   * What an explicit {@code #id} that differs from the id computed from the definition's text
   * means: {@code STRICT}, an error (the default); {@code WARN}, a warning, and the explicit id is
   * used; {@code TRUST}, the explicit id is used without a word (for schemas that pin old ids on
   * purpose).
   */
  @Parameter(property = "tl.idPolicy", defaultValue = "STRICT")
  private String idPolicy;

  /**
   * Names of definitions whose explicit id may differ from the computed one under any
   * {@code idPolicy}, such as {@code ipPortSecret}; the explicit id is used. Default: none.
   */
  @Parameter
  private List<String> allowedIdMismatches = List.of();

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
    SchemaSources sources = schemaFiles != null && !schemaFiles.isEmpty()
        ? SchemaSources.explicit(schemaFiles.stream().map(File::toPath).toList())
        : SchemaSources.scan(schemaDirectory.toPath(), orEmpty(includes), orEmpty(excludes));
    SchemaOptions options = new SchemaOptions(
        GenerationRequest.idPolicy(idPolicy), Set.copyOf(orEmpty(allowedIdMismatches)));
    return new GenerationRequest(sources, packageName, outputDirectory.toPath(), options,
        stateFile(), GeneratorVersion.of(mojoExecution.getVersion()));
  }

  /** One state file per execution, so executions never take each other's files for their own. */
  private Path stateFile() {
    String id = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
    return buildDirectory.toPath().resolve("tl-state").resolve(id + ".state");
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
  }
}

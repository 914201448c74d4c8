package dev.tlkit.maven;

import dev.tlkit.codegen.JavaGenerator;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from TL schemas: a record per constructor and function, a sealed interface
 * per boxed type with several constructors. The generated code needs {@code dev.tlkit:tl-runtime}
 * as a dependency. When neither the schemas, the settings nor the generator changed since the last
 * run, the goal does nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /** The directory searched for schema files (see {@code includes} and {@code excludes}). */
  @Parameter(property = "tl.schemaDirectory", defaultValue = "${project.basedir}/src/main/tl")
  private File schemaDirectory;

  /** Globs, relative to {@code schemaDirectory}, of the schema files to use. */
  @Parameter
  private List<String> includes = List.of("**/*.tl");

  /** Globs, relative to {@code schemaDirectory}, of files to leave out. */
  @Parameter
  private List<String> excludes = List.of();

  /**
   * Explicit schema files. When set, {@code schemaDirectory}, {@code includes} and
   * {@code excludes} are not used. Files are loaded in path order, as one schema.
   */
  @Parameter
  private List<File> schemaFiles;

  /** The Java package of the generated classes, such as {@code com.example.telegram}. Required. */
  @Parameter(property = "tl.packageName", required = true)
  private String packageName;

  /** Where the generated sources go; added to the project's compile source roots. */
  @Parameter(property = "tl.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/tl")
  private File outputDirectory;

  /**
   * What an explicit {@code #id} that differs from the id computed from the definition's text
   * means: {@code STRICT} (an error; the default), {@code WARN} (a warning) or {@code TRUST} (accepted
   * silently, for schemas that pin old ids on purpose).
   */
  @Parameter(property = "tl.idPolicy", defaultValue = "STRICT")
  private String idPolicy;

  /** Names of definitions whose explicit id may differ from the computed one, under any policy. */
  @Parameter
  private List<String> allowedIdMismatches = List.of();

  /** Skips generation. */
  @Parameter(property = "tl.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution execution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("[tl] skipped (tl.skip)");
      return;
    }
    GenerationRequest request = request();
    BuildLog log = new BuildLog() {
      @Override
      public void info(String message) {
        getLog().info("[tl] " + message);
      }

      @Override
      public void warn(String message) {
        getLog().warn("[tl] " + message);
      }
    };
    try {
      new SchemaGeneration(request, generatorVersion(), log).run();
    } catch (GenerationFailure e) {
      throw new MojoFailureException(e.getMessage());
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }

  private GenerationRequest request() throws MojoFailureException {
    if (packageName == null || !SourceVersion.isName(packageName)) {
      throw new MojoFailureException("packageName: '" + packageName + "' is not a valid Java package name");
    }
    IdPolicy policy;
    try {
      policy = IdPolicy.valueOf(idPolicy.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("idPolicy: '" + idPolicy + "' is not one of "
          + Arrays.stream(IdPolicy.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
    List<Path> files;
    try {
      files = schemaFiles != null && !schemaFiles.isEmpty()
          ? SchemaSources.explicit(schemaFiles.stream().map(File::toPath).toList())
          : SchemaSources.scan(schemaDirectory.toPath(), includes, excludes);
    } catch (GenerationFailure e) {
      throw new MojoFailureException(e.getMessage());
    }
    if (files.isEmpty()) {
      throw new MojoFailureException("schemaDirectory: no schema file in " + schemaDirectory
          + " matches includes " + includes + (excludes.isEmpty() ? "" : " and excludes " + excludes));
    }
    Path state = Path.of(project.getBuild().getDirectory(), "tl-state", execution.getExecutionId() + ".state");
    return new GenerationRequest(files, packageName, outputDirectory.toPath(),
        new SchemaOptions(policy, new HashSet<>(allowedIdMismatches)), state);
  }

  /**
   * The generator's identity for up-to-date checks: a digest of the tl-codegen and tl-parser jars,
   * so a new tlkit (or a rebuilt snapshot) regenerates even when the schemas did not change.
   */
  private static String generatorVersion() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Class<?> c : List.of(JavaGenerator.class, SchemaOptions.class)) {
        Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(location)) {
          try (InputStream in = Files.newInputStream(location)) {
            sha.update(in.readAllBytes());
          }
        } else {
          sha.update(location.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | NoSuchAlgorithmException | java.net.URISyntaxException | RuntimeException e) {
      return "unknown"; // digest still covers schemas and settings
    }
  }
}

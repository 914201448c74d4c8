package dev.tlkit.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

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
 * and leaves the output of this execution's last good run as it was, so that an IDE keeps a
 * project that compiles while the schema is being fixed.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends GeneratingMojo {

  /**
   * The directory generated sources go to. It is added to the project's compile source roots. Several
   * executions may share it: each one deletes only files it generated itself.
   */
  @Parameter(property = "tl.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/tl")
  private File outputDirectory;

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  void addSourceRoot(SourceRoots roots, Path directory) {
    roots.addCompile(directory);
  }
}

package dev.tlkit.maven;

import java.nio.file.Path;
import org.apache.maven.project.MavenProject;

/** The project's source roots: where the generated sources become part of the build. */
final class SourceRoots {
  private final MavenProject project;

  SourceRoots(MavenProject project) {
    this.project = project;
  }

  /** Adds the directory to the compile source roots once, however many executions generate into it. */
  void addCompile(Path directory) {
    String root = normal(directory);
    if (!project.getCompileSourceRoots().contains(root)) {
      project.addCompileSourceRoot(root);
    }
  }

  /** Adds the directory to the test compile source roots once. */
  void addTestCompile(Path directory) {
    String root = normal(directory);
    if (!project.getTestCompileSourceRoots().contains(root)) {
      project.addTestCompileSourceRoot(root);
    }
  }

  private static String normal(Path directory) {
    return directory.toAbsolutePath().normalize().toString();
  }
}

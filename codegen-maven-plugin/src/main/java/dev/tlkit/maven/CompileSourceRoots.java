package dev.tlkit.maven;

import java.nio.file.Path;
import org.apache.maven.project.MavenProject;

/** The project's compile source roots: where the generated sources become part of the build. */
final class CompileSourceRoots {
  private final MavenProject project;

  CompileSourceRoots(MavenProject project) {
    this.project = project;
  }

  /** Adds the directory once, however many executions generate into it. */
  void add(Path directory) {
    String root = directory.toAbsolutePath().normalize().toString();
    if (!project.getCompileSourceRoots().contains(root)) {
      project.addCompileSourceRoot(root);
    }
  }
}

package dev.tlkit.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The project's source roots: where the generated sources become part of the build. The generated
 * directory is a resource directory too, for the shape table only ({@code tl-shapes.txt}, which
 * {@code Tl.JSON} reads from the class path): the sources stay out of the jar's resources.
 */
final class SourceRoots {
  private final MavenProject project;

  SourceRoots(MavenProject project) {
    this.project = project;
  }

  /** The generated files that are resources, not sources. */
  static final String RESOURCES = "**/tl-shapes.txt";

  /**
   * Adds the directory to the compile source roots and to the resources once, however many
   * executions generate into it.
   */
  void addCompile(Path directory) {
    String root = normal(directory);
    if (!project.getCompileSourceRoots().contains(root)) {
      project.addCompileSourceRoot(root);
    }
    if (project.getResources().stream().noneMatch(r -> root.equals(r.getDirectory()))) {
      project.addResource(resource(root));
    }
  }

  /** Adds the directory to the test compile source roots and the test resources once. */
  void addTestCompile(Path directory) {
    String root = normal(directory);
    if (!project.getTestCompileSourceRoots().contains(root)) {
      project.addTestCompileSourceRoot(root);
    }
    if (project.getTestResources().stream().noneMatch(r -> root.equals(r.getDirectory()))) {
      project.addTestResource(resource(root));
    }
  }

  private static Resource resource(String root) {
    Resource r = new Resource();
    r.setDirectory(root);
    r.setIncludes(List.of(RESOURCES));
    return r;
  }

  private static String normal(Path directory) {
    return directory.toAbsolutePath().normalize().toString();
  }
}

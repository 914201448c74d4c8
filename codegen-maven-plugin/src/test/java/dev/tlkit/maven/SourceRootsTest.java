package dev.tlkit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class SourceRootsTest {
  @Test
  void addsADirectoryOnceHoweverManyExecutionsShareIt() {
    MavenProject project = new MavenProject();
    SourceRoots roots = new SourceRoots(project);
    Path out = Path.of("target/generated-sources/tl").toAbsolutePath();

    roots.addCompile(out);
    roots.addCompile(out.resolve("x/..")); // the same directory, spelled differently

    assertEquals(List.of(out.toString()), project.getCompileSourceRoots());
    assertEquals(List.of(), project.getTestCompileSourceRoots());
    // The shape table, read by Tl.JSON from the class path, is the directory's only resource.
    assertEquals(1, project.getResources().size());
    assertEquals(out.toString(), project.getResources().get(0).getDirectory());
    assertEquals(List.of("**/tl-shapes.txt"), project.getResources().get(0).getIncludes());
    assertEquals(List.of(), project.getTestResources());
  }

  @Test
  void testSourcesJoinTheTestRootsOnly() {
    MavenProject project = new MavenProject();
    SourceRoots roots = new SourceRoots(project);
    Path out = Path.of("target/generated-test-sources/tl").toAbsolutePath();

    roots.addTestCompile(out);
    roots.addTestCompile(out.resolve("x/.."));

    assertEquals(List.of(out.toString()), project.getTestCompileSourceRoots());
    assertEquals(List.of(), project.getCompileSourceRoots());
    assertEquals(1, project.getTestResources().size());
    assertEquals(List.of("**/tl-shapes.txt"), project.getTestResources().get(0).getIncludes());
    assertEquals(List.of(), project.getResources());
  }
}

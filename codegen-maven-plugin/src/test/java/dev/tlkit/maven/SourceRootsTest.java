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
  }
}

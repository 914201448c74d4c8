package dev.tlkit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class CompileSourceRootsTest {
  @Test
  void addsADirectoryOnceHoweverManyExecutionsShareIt() {
    MavenProject project = new MavenProject();
    CompileSourceRoots roots = new CompileSourceRoots(project);
    Path out = Path.of("target/generated-sources/tl").toAbsolutePath();

    roots.add(out);
    roots.add(out.resolve("x/..")); // the same directory, spelled differently

    assertEquals(List.of(out.toString()), project.getCompileSourceRoots());
  }
}

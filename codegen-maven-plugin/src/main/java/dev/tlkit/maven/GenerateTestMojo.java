package dev.tlkit.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Java sources from TL schemas for the project's tests only, exactly as
 * {@code tl:generate} does, into a test compile source root: for schemas a project tests against
 * but does not ship, such as an older layer kept to check that its bytes still decode. The test
 * scope needs {@code dev.tlkit:tl-runtime} (any scope that tests see).
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public class GenerateTestMojo extends GeneratingMojo {

  /**
   * The directory generated test sources go to. It is added to the project's test compile source
   * roots. Several executions may share it: each one deletes only files it generated itself.
   */
  @Parameter(property = "tl.testOutputDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/tl")
  private File outputDirectory;

  /**
   * Maven's own switch for not compiling tests ({@code -Dmaven.test.skip=true}): test sources
   * nothing compiles are not generated either. ({@code -DskipTests} compiles the tests and so
   * still generates them.)
   */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean testsNotCompiled;

  @Override
  String skippedBecause() {
    return testsNotCompiled ? "maven.test.skip: the tests are not compiled" : null;
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  void addSourceRoot(SourceRoots roots, Path directory) {
    roots.addTestCompile(directory);
  }
}

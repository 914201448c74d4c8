package dev.tlkit.maven;

import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DocsException;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.schema.Diagnostic;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.schema.SchemaOptions;
import dev.tlkit.site.EarlierLayers;
import dev.tlkit.site.Site;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tl:site}: the schema's reference site (tl-site), a static page for every function,
 * constructor, type and error with examples, cross-references, layer history and search, written
 * to {@code siteDirectory} ({@code target/tl-site/index.html} by default). It reads the schema as
 * {@code tl:generate} does. Bound to {@code package} by default; {@code mvn tl:site} runs it alone.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends SchemaMojo {

  /** The Java package the classes are generated into, as the pages show them. Required. */
  @Parameter(property = "tl.packageName", required = true)
  private String packageName;

  /** A docs file documenting the schema, as for {@code tl:generate}. Default: none. */
  @Parameter(property = "tl.docsFile")
  private File docsFile;

  /**
   * A folder of earlier layers of the schema, one folder each whose {@code .tl} files are that
   * layer ({@code history/198/api.tl}): each page then says in which layers its definition exists
   * and what changed. Default: none, and the pages show no history.
   */
  @Parameter(property = "tl.historyDirectory")
  private File historyDirectory;

  /** Where the site goes. */
  @Parameter(property = "tl.siteDirectory", defaultValue = "${project.build.directory}/tl-site")
  private File siteDirectory;

  /** The site's name, in every page's title. */
  @Parameter(property = "tl.siteName", defaultValue = "${project.name}")
  private String siteName;

  /** Skips the site. */
  @Parameter(property = "tl.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("[tl] site skipped (tl.skip)");
      return;
    }
    Site.Input input;
    try {
      input = input();
    } catch (ParameterException e) {
      throw new MojoFailureException(e.getMessage());
    }
    long start = System.nanoTime();
    try {
      Site.Summary s = Site.write(input, siteDirectory.toPath());
      getLog().info(String.format("[tl] site: %d files, %,d bytes in %d ms: %s", s.files(), s.bytes(),
          (System.nanoTime() - start) / 1_000_000, s.index()));
    } catch (GenerationException e) {
      throw new MojoFailureException("[tl] the schema cannot become Java:\n" + String.join("\n", e.problems()));
    } catch (IOException e) {
      throw new MojoExecutionException("siteDirectory: cannot write " + siteDirectory + ": " + e.getMessage(), e);
    }
  }

  private Site.Input input() throws MojoFailureException, MojoExecutionException {
    if (packageName == null || !javax.lang.model.SourceVersion.isName(packageName)) {
      throw new ParameterException("packageName", "'" + packageName + "' is not a valid Java package name");
    }
    SchemaOptions options = schemaOptions();
    SchemaSources sources = schemaSources();
    if (sources.size() == 0) {
      throw new ParameterException("schemaDirectory", "no schema file found");
    }
    Schema schema = DiffMojo.load(sources.files(), options, new MavenBuildLog(getLog()));
    ApiDocs docs = ApiDocs.EMPTY;
    if (docsFile != null) {
      try {
        docs = DocsFile.read(docsFile.toPath());
      } catch (DocsException e) {
        throw new MojoFailureException("docsFile: " + e.getMessage());
      }
    }
    List<Schema> history = List.of();
    if (historyDirectory != null) {
      if (!historyDirectory.isDirectory()) {
        throw new ParameterException("historyDirectory", historyDirectory + " is not a directory");
      }
      try {
        history = EarlierLayers.load(historyDirectory.toPath(), options);
      } catch (SchemaException e) {
        throw new MojoFailureException("historyDirectory: " + errors(e));
      } catch (IOException e) {
        throw new MojoExecutionException("historyDirectory: cannot read " + historyDirectory + ": " + e, e);
      }
    }
    return new Site.Input(schema, docs, new GeneratorOptions(packageName), history,
        siteName == null || siteName.isBlank() ? "TL schema" : siteName);
  }

  private static String errors(SchemaException e) {
    return e.errors().size() + " schema error(s):\n"
        + e.errors().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }
}

package dev.tlkit.maven;

import dev.tlkit.schema.SchemaOptions;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters that say where a project's schema is and how its ids are checked, shared by
 * {@code tl:generate} and {@code tl:diff} (whose "current" schema this is), so that both goals
 * read one configuration the same way.
 */
abstract class SchemaMojo extends AbstractMojo {

  /**
   * The directory searched for schema files, with {@code includes} and {@code excludes}. Not used
   * when {@code schemaFiles} is set.
   */
  @Parameter(property = "tl.schemaDirectory", defaultValue = "${project.basedir}/src/main/tl")
  private File schemaDirectory;

  /**
   * Ant-style patterns, relative to {@code schemaDirectory}, of the schema files to load, matched as
   * Maven's own includes are ({@code **} is any number of directories, none included;
   * {@code %regex[...]} a regular expression). Default:
   * {@code **}{@code /*.tl}.
   */
  @Parameter
  private List<String> includes = List.of("**/*.tl");

  /** Ant-style patterns, relative to {@code schemaDirectory}, of files to leave out. Default: none. */
  @Parameter
  private List<String> excludes = List.of();

  /**
   * Schema files named one by one. When set, {@code schemaDirectory}, {@code includes} and
   * {@code excludes} are not used. Whatever their order here, files are loaded sorted by path.
   */
  @Parameter
  private List<File> schemaFiles;

  /**
   * What an explicit {@code #id} that differs from the id computed from the definition's text
   * means: {@code STRICT}, an error (the default); {@code WARN}, a warning, and the explicit id is
   * used; {@code TRUST}, the explicit id is used without a word (for schemas that pin old ids on
   * purpose). {@code tl:diff} applies it to both schemas.
   */
  @Parameter(property = "tl.idPolicy", defaultValue = "STRICT")
  private String idPolicy;

  /**
   * Names of definitions whose explicit id may differ from the computed one under any
   * {@code idPolicy}, such as {@code ipPortSecret}; the explicit id is used. Default: none.
   * {@code tl:diff} applies it to both schemas.
   */
  @Parameter
  private List<String> allowedIdMismatches = List.of();

  /**
   * The schema files these parameters name.
   *
   * @throws ParameterException naming the parameter that is wrong
   */
  SchemaSources schemaSources() {
    return schemaFiles != null && !schemaFiles.isEmpty()
        ? SchemaSources.explicit(schemaFiles.stream().map(File::toPath).toList())
        : SchemaSources.scan(schemaDirectory.toPath(), orEmpty(includes), orEmpty(excludes));
  }

  /**
   * The id policy these parameters set.
   *
   * @throws ParameterException naming the parameter that is wrong
   */
  SchemaOptions schemaOptions() {
    return new SchemaOptions(
        GenerateParameters.idPolicy(idPolicy), Set.copyOf(orEmpty(allowedIdMismatches)));
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null
        ? List.of()
        : list.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
  }
}

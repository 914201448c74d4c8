package dev.tlkit.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of the parser: give it schema sources, get a linked {@link Schema} or a
 * {@link SchemaException} listing every error.
 *
 * <pre>{@code
 * Schema schema = new SchemaLoader(SchemaOptions.DEFAULT)
 *     .add(Path.of("schema/api.tl"))
 *     .add(Path.of("schema/mtproto.tl"))
 *     .load();
 * }</pre>
 */
public final class SchemaLoader {
  private final SchemaOptions options;
  private final List<SourceFile> sources = new ArrayList<>();

  /** A schema file's name (as it appears in locations) and its text. */
  public record SourceFile(String name, String text) {}

  public SchemaLoader(SchemaOptions options) {
    this.options = options;
  }

  public SchemaLoader() {
    this(SchemaOptions.DEFAULT);
  }

  /** Adds a file; its path as given is the file name in error locations. */
  public SchemaLoader add(Path file) {
    try {
      return add(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Adds schema text under a file name. */
  public SchemaLoader add(String fileName, String text) {
    sources.add(new SourceFile(fileName, text));
    return this;
  }

  /** Parses and links all added files as one schema. */
  public Schema load() {
    return Linker.link(sources, options);
  }
}

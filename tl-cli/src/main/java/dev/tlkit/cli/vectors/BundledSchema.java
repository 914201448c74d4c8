package dev.tlkit.cli.vectors;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The default schema, {@code api.tl} and {@code mtproto.tl}, as tl-cli's build bundles it: the
 * same files the generated API was generated from, parsed here a second time so that checks of
 * the generated code do not depend on the generated code.
 */
public final class BundledSchema {
  /** The resource folder holding the files. */
  static final String FOLDER = "/tlkit/schema/";

  /** The files, in the order the generated API loads them. */
  static final String[] FILES = {"api.tl", "mtproto.tl"};

  /**
   * mtproto.tl's definitions whose published ids are not the CRC32 of their text: the ids of
   * older forms of them, still used on the wire. The file marks them too; naming them here keeps
   * verify-vectors working on a copy without the marks.
   */
  static final Set<String> LEGACY_IDS =
      Set.of("ipPortSecret", "accessPointRule", "help.configSimple", "msg_container");

  /**
   * The earlier layers bundled from schema/history, for the site's layer history: each is an
   * {@code api.tl}, named so, as today's file is. (A jar's folders cannot be listed; a test keeps
   * this list equal to the folders of schema/history.)
   */
  public static final List<String> HISTORY = List.of("181", "198", "223");

  private static volatile Schema schema;

  private BundledSchema() {}

  /** The linked schema, loaded once. */
  public static Schema get() {
    Schema s = schema;
    if (s == null) {
      synchronized (BundledSchema.class) {
        s = schema;
        if (s == null) {
          s = load();
          schema = s;
        }
      }
    }
    return s;
  }

  /** The earlier layers of {@link #HISTORY}, oldest first. */
  public static List<Schema> history() {
    return HISTORY.parallelStream()
        .map(layer -> new SchemaLoader().add("api.tl", read(FOLDER + "history/" + layer + "/api.tl")).load())
        .toList();
  }

  private static Schema load() {
    SchemaLoader loader = new SchemaLoader(new SchemaOptions(IdPolicy.STRICT, LEGACY_IDS));
    for (String file : FILES) {
      loader.add(file, read(FOLDER + file));
    }
    return loader.load();
  }

  private static String read(String resource) {
    try (InputStream in = BundledSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from tl-cli's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}

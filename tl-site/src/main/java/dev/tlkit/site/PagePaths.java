package dev.tlkit.site;

import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each page of a site is, relative to the site's root: {@code function/phone.requestCall.html},
 * {@code constructor/inputPeerUser.html}, {@code type/InputPeer.html}, {@code error/FLOOD_WAIT_X.html}.
 *
 * <p>A file name is the TL name where it is safe in a URL and on every file system: a scope's
 * {@code :} becomes {@code -}, {@code %d} becomes {@code X}, other characters {@code _}; two names
 * that differ only in case (which a case-insensitive file system would merge) get {@code -2}.
 */
final class PagePaths {
  static final String INDEX = "index.html";
  static final String ERRORS = "errors.html";

  private final Map<String, String> definitions = new HashMap<>();
  private final Map<String, String> types = new HashMap<>();
  private final Map<String, String> errors = new HashMap<>();

  PagePaths(Schema schema, Iterable<String> errorNames) {
    Set<String> taken = new HashSet<>();
    for (Combinator c : schema.functions()) {
      if (!c.isBuiltin()) {
        definitions.put(c.key(), unique("function/", c.key(), taken));
      }
    }
    for (Combinator c : schema.constructors()) {
      if (!c.isBuiltin()) {
        definitions.put(c.key(), unique("constructor/", c.key(), taken));
      }
    }
    for (TlType t : schema.types()) {
      types.put(t.key(), unique("type/", t.key(), taken));
    }
    for (String e : errorNames) {
      errors.put(e, unique("error/", e.replace("%d", "X"), taken));
    }
  }

  private static String unique(String folder, String name, Set<String> taken) {
    String base = folder + name.replace(':', '-').replaceAll("[^A-Za-z0-9._-]", "_");
    String path = base + ".html";
    for (int i = 2; !taken.add(path.toLowerCase(Locale.ROOT)); i++) {
      path = base + "-" + i + ".html";
    }
    return path;
  }

  /** The page of a constructor or function; null for a builtin. */
  String of(Combinator c) {
    return definitions.get(c.key());
  }

  String definition(String key) {
    return definitions.get(key);
  }

  String type(TlType t) {
    return types.get(t.key());
  }

  String type(String key) {
    return types.get(key);
  }

  String error(String name) {
    return errors.get(name);
  }

  String error(ErrorDoc e) {
    return errors.get(e.name());
  }

  /** Every page of a definition, type and error. */
  List<String> all() {
    List<String> all = new java.util.ArrayList<>(definitions.values());
    all.addAll(types.values());
    all.addAll(errors.values());
    return all;
  }
}

package dev.tlkit.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.schema.TlType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search's index, as a script that sets {@code TLKIT_SEARCH}: a page opened from
 * {@code file://} may load a script beside it but may not fetch a JSON file. One entry per page:
 * {@code [TL name, Java class, kind, path from the root]}.
 */
final class SearchIndex {
  private SearchIndex() {}

  static byte[] script(JavaModel model, SitePages pages) {
    List<List<String>> entries = new ArrayList<>();
    for (JavaRecord r : model.records()) {
      entries.add(List.of(r.definition().name(), r.className().simpleName(),
          r.definition().isFunction() ? "function" : "constructor", pages.paths().of(r.definition())));
    }
    for (TlType t : model.schema().types()) {
      entries.add(List.of(t.name(), model.valueClass(t).simpleName(), "type", pages.paths().type(t)));
    }
    for (ErrorDoc e : pages.errors().values()) {
      entries.add(List.of(e.name(), "", "error", pages.paths().error(e)));
    }
    try {
      return ("window.TLKIT_SEARCH = " + Site.json().writeValueAsString(entries) + ";\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

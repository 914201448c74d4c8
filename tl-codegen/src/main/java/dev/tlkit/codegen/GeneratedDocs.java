package dev.tlkit.codegen;

import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DefinitionDocs;
import dev.tlkit.codegen.docs.DocText;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.codegen.docs.FunctionError;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The documentation as the generators use it: the docs file merged with the schema's own comments,
 * its texts rendered as Javadoc with {@code {@tl NAME}} linked to the generated class of that name.
 */
final class GeneratedDocs {
  private final ApiDocs docs;
  private final Map<String, String> classByName = new HashMap<>();
  private final Map<String, String> constantByError = new HashMap<>();

  GeneratedDocs(Schema schema, ApiDocs docs, JavaNames names) {
    this.docs = docs.withComments(schema);
    List<Combinator> all = new ArrayList<>(schema.functions());
    all.addAll(schema.constructors()); // a constructor wins over a function of the same name
    for (Combinator c : all) {
      if (!c.isBuiltin() && c.scope().isEmpty()) {
        classByName.put(c.name(), names.className(c));
      }
    }
    Set<String> taken = new HashSet<>(Set.of(ErrorCatalogueGenerator.CATALOGUE));
    for (String error : this.docs.errors().keySet()) { // sorted: the first of two gets the plain name
      String constant = constant(error);
      String unique = constant;
      for (int i = 2; !taken.add(unique); i++) {
        unique = constant + "_" + i;
      }
      constantByError.put(error, unique);
    }
  }

  /** {@code FLOOD_WAIT_%d} gives {@code FLOOD_WAIT_X}, {@code 2FA_CONFIRM_WAIT_%d} {@code _2FA_CONFIRM_WAIT_X}. */
  static String constant(String errorName) {
    String s = errorName.replace("%d", "X").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    return s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) ? "_" + s : s;
  }

  /** The catalogue's constant of an error, or null if the catalogue lacks it. */
  String constantOf(String errorName) {
    return constantByError.get(errorName);
  }

  /** Whether there is an error catalogue to generate. */
  boolean hasErrorCatalogue() {
    return !docs.errors().isEmpty();
  }

  ApiDocs docs() {
    return docs;
  }

  DefinitionDocs of(Combinator c) {
    return docs.definition(c.key());
  }

  String typeDescription(TlType t) {
    return docs.type(t.key());
  }

  /** A docs text as Javadoc. */
  String javadoc(String text) {
    return DocText.javadoc(text, classByName::get);
  }

  /** A function's errors, each completed from the catalogue. */
  List<ErrorDoc> errorsOf(Combinator c) {
    List<ErrorDoc> result = new ArrayList<>();
    for (FunctionError e : of(c).errors()) {
      result.add(docs.resolve(e));
    }
    return result;
  }

  /** The catalogue's entry of an error, or null. */
  ErrorDoc catalogued(String name) {
    return docs.errors().get(name);
  }
}

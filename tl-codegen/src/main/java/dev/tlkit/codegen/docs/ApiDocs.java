package dev.tlkit.codegen.docs;

import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Doc;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The documentation of an API, apart from its {@code .tl} text: descriptions of definitions, their
 * parameters and types, who may call each function, the errors each may answer and the error
 * catalogue, all keyed by TL name. Read from a docs file ({@link DocsFile}), and merged with the
 * TDLib {@code //@} comments of the schema ({@link #withComments}).
 */
public final class ApiDocs {
  public static final ApiDocs EMPTY = new ApiDocs(null, "", Map.of(), Map.of(), Map.of());

  private final Integer layer;
  private final String source;
  private final Map<String, String> types;
  private final Map<String, DefinitionDocs> definitions;
  private final Map<String, ErrorDoc> errors;

  /**
   * @param layer the layer the docs describe, or null
   * @param source where the docs come from, free text
   * @param types each type's description, by TL type name
   * @param definitions each definition's documentation, by TL name
   * @param errors the catalogue, by error name
   */
  public ApiDocs(Integer layer, String source, Map<String, String> types,
      Map<String, DefinitionDocs> definitions, Map<String, ErrorDoc> errors) {
    this.layer = layer;
    this.source = source;
    this.types = Collections.unmodifiableMap(new TreeMap<>(types));
    this.definitions = Collections.unmodifiableMap(new TreeMap<>(definitions));
    this.errors = Collections.unmodifiableMap(new TreeMap<>(errors));
  }

  public Integer layer() {
    return layer;
  }

  public String source() {
    return source;
  }

  /** Type descriptions by TL type name, sorted. */
  public Map<String, String> types() {
    return types;
  }

  /** Definitions by TL name, sorted. */
  public Map<String, DefinitionDocs> definitions() {
    return definitions;
  }

  /** The error catalogue by name, sorted. */
  public Map<String, ErrorDoc> errors() {
    return errors;
  }

  /** The documentation of a definition by its {@link Combinator#key()}, or {@link DefinitionDocs#EMPTY}. */
  public DefinitionDocs definition(String key) {
    return definitions.getOrDefault(key, DefinitionDocs.EMPTY);
  }

  /** A type's description by its {@link TlType#key()}, or "". */
  public String type(String key) {
    return types.getOrDefault(key, "");
  }

  /**
   * An error of a function, completed from the catalogue: the function's code and description
   * where it gives them, else the catalogue's; null fields stay as they are if the catalogue lacks
   * the error too.
   */
  public ErrorDoc resolve(FunctionError e) {
    ErrorDoc known = errors.get(e.name());
    int code = e.code() != null ? e.code() : known != null ? known.code() : 0;
    String description = !e.description().isEmpty() ? e.description()
        : known != null ? known.description() : "";
    return new ErrorDoc(e.name(), code, description, known != null ? known.parameter() : "");
  }

  /**
   * These docs with the schema's own TDLib {@code //@} comments where these docs say nothing: a
   * description, a parameter or a type the docs file leaves out is taken from the comments, as
   * plain text.
   */
  public ApiDocs withComments(Schema schema) {
    Map<String, DefinitionDocs> merged = new LinkedHashMap<>(definitions);
    List<Combinator> all = new ArrayList<>(schema.constructors());
    all.addAll(schema.functions());
    for (Combinator c : all) {
      Doc doc = c.doc();
      if (doc.isEmpty()) {
        continue;
      }
      DefinitionDocs d = definition(c.key());
      Map<String, String> params = new LinkedHashMap<>();
      doc.params().forEach((k, v) -> params.put(k, DocText.ofPlain(v)));
      params.putAll(d.params());
      String description = d.description().isEmpty() ? DocText.ofPlain(doc.description()) : d.description();
      merged.put(c.key(), new DefinitionDocs(description, params, d.callers(), d.errors()));
    }
    Map<String, String> mergedTypes = new LinkedHashMap<>(types);
    for (TlType t : schema.types()) {
      if (!t.doc().description().isEmpty()) {
        mergedTypes.putIfAbsent(t.key(), DocText.ofPlain(t.doc().description()));
      }
    }
    return new ApiDocs(layer, source, mergedTypes, merged, errors);
  }

  /**
   * What these docs name that the schema lacks, one warning each: definitions, parameters and types
   * the schema does not have, and errors of a function that the catalogue does not list. An older
   * layer's docs on a newer schema give such warnings and otherwise work.
   */
  public List<String> unknownNames(Schema schema) {
    Set<String> typeNames = new HashSet<>();
    schema.types().forEach(t -> typeNames.add(t.key()));
    Map<String, Combinator> byKey = new LinkedHashMap<>();
    schema.constructors().forEach(c -> byKey.put(c.key(), c));
    schema.functions().forEach(c -> byKey.put(c.key(), c));
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, DefinitionDocs> e : definitions.entrySet()) {
      Combinator c = byKey.get(e.getKey());
      if (c == null) {
        warnings.add("definitions: '" + e.getKey() + "' is not a definition of the schema");
        continue;
      }
      Set<String> params = new HashSet<>();
      for (Parameter p : c.parameters()) {
        params.add(p.name());
      }
      for (String p : e.getValue().params().keySet()) {
        if (!params.contains(p)) {
          warnings.add("definitions: '" + e.getKey() + "' has no parameter '" + p + "'");
        }
      }
      for (FunctionError fe : e.getValue().errors()) {
        if (!errors.containsKey(fe.name())) {
          warnings.add("definitions: error '" + fe.name() + "' of '" + e.getKey()
              + "' is not in the error catalogue");
        }
      }
    }
    for (String t : types.keySet()) {
      if (!typeNames.contains(t)) {
        warnings.add("types: '" + t + "' is not a type of the schema");
      }
    }
    return warnings;
  }

  /** Counts for a summary line: definitions and parameters described, functions listing errors. */
  public record Coverage(int definitions, int described, int params, int paramsDescribed,
      int functions, int functionsWithErrors, int functionsWithCallers, int errors) {}

  /** How much of the schema's non-builtin definitions and value parameters these docs describe. */
  public Coverage coverage(Schema schema) {
    int defs = 0, described = 0, params = 0, paramsDescribed = 0, functions = 0, withErrors = 0, withCallers = 0;
    List<Combinator> all = new ArrayList<>(schema.constructors());
    all.addAll(schema.functions());
    for (Combinator c : all) {
      if (c.isBuiltin()) {
        continue;
      }
      DefinitionDocs d = definition(c.key());
      defs++;
      described += d.description().isEmpty() ? 0 : 1;
      for (Parameter p : c.valueParameters()) {
        params++;
        paramsDescribed += d.param(p.name()).isEmpty() ? 0 : 1;
      }
      if (c.isFunction()) {
        functions++;
        withErrors += d.errors().isEmpty() ? 0 : 1;
        withCallers += d.callers() == Callers.UNKNOWN ? 0 : 1;
      }
    }
    return new Coverage(defs, described, params, paramsDescribed, functions, withErrors, withCallers,
        errors.size());
  }
}

package dev.tlkit.codegen;

import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.Callers;
import dev.tlkit.codegen.docs.DefinitionDocs;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.codegen.docs.FunctionError;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the documentation says about one definition, with the Java names the generator gives
 * it: what {@code tlc doc NAME} prints. Texts are in the docs markup.
 *
 * @param name the TL name
 * @param kind "constructor", "function" or "type"
 * @param description what it is or does, or ""
 * @param params the record components: name, TL type, Java type, description
 * @param resultTl the result type as TL writes it (functions), or the type (constructors)
 * @param resultJava the Java type of the result (functions) or of the type (constructors)
 * @param callers who may call it (functions)
 * @param errors the errors it may answer (functions)
 * @param javaClass the generated class, qualified
 * @param tlLine the definition as TL text; for a type, its constructors, one per line
 * @param id the id, 8 hex digits ("" for a type)
 */
public record DocPage(String name, String kind, String description, List<Param> params,
    String resultTl, String resultJava, Callers callers, List<ErrorDoc> errors, String javaClass,
    String tlLine, String id) {

  /** One parameter. */
  public record Param(String name, String tlType, String javaType, String description) {}

  /**
   * The page of a definition or type named {@code name} (a definition wins over a type of the same
   * name), or empty if the schema has neither.
   */
  public static Optional<DocPage> of(Schema schema, ApiDocs docs, String packageName, String name) {
    JavaModel model = JavaModel.of(dev.tlkit.schema.SchemaHistory.none(schema), new GeneratorOptions(packageName), !docs.errors().isEmpty());
    JavaTypes types = model.types();
    ApiDocs all = docs.withComments(schema);
    Optional<Combinator> found = schema.function(name).or(() -> schema.constructor(name))
        .filter(c -> !c.isBuiltin());
    if (found.isPresent()) {
      return Optional.of(definition(model.record(found.get()), all, types));
    }
    return schema.type(name).map(t -> type(t, all, types));
  }

  /** Every name {@link #of} knows: definitions and types, for suggestions. */
  public static List<String> names(Schema schema) {
    List<String> result = new ArrayList<>();
    schema.constructors().stream().filter(c -> !c.isBuiltin() && c.scope().isEmpty()).forEach(c -> result.add(c.name()));
    schema.functions().stream().filter(c -> !c.isBuiltin() && c.scope().isEmpty()).forEach(c -> result.add(c.name()));
    schema.types().stream().filter(t -> t.scope().isEmpty()).forEach(t -> result.add(t.name()));
    return result;
  }

  private static DocPage definition(JavaRecord record, ApiDocs docs, JavaTypes types) {
    Combinator c = record.definition();
    DefinitionDocs d = docs.definition(c.key());
    List<Param> params = new ArrayList<>();
    for (JavaField f : record.components()) {
      String tl = f.parameter().toTl();
      params.add(new Param(f.tlName(), tl.substring(tl.indexOf(':') + 1), JavaTypeText.of(f.type()),
          d.param(f.tlName())));
    }
    List<ErrorDoc> errors = new ArrayList<>();
    for (FunctionError e : d.errors()) {
      errors.add(docs.resolve(e));
    }
    String resultTl;
    String resultJava;
    if (c.isFunction()) {
      resultTl = c.resultTypeTl();
      resultJava = JavaTypeText.of(types.resultType(c));
    } else {
      TlType t = types.typeOf(c);
      resultTl = t == null ? c.resultTypeTl() : t.name();
      resultJava = t == null ? "" : types.classOf(t).simpleName();
    }
    return new DocPage(c.name(), c.isFunction() ? "function" : "constructor", d.description(), params,
        resultTl, resultJava, d.callers(), errors, types.classOf(c).canonicalName(), c.toTl(), c.idHex());
  }

  private static DocPage type(TlType t, ApiDocs docs, JavaTypes types) {
    StringBuilder lines = new StringBuilder();
    for (Combinator c : t.constructors()) {
      lines.append(lines.length() == 0 ? "" : "\n").append(c.toTl());
    }
    return new DocPage(t.name(), "type", docs.type(t.key()), List.of(), t.name(),
        types.classOf(t).simpleName(), Callers.UNKNOWN, List.of(), types.classOf(t).canonicalName(),
        lines.toString(), "");
  }
}

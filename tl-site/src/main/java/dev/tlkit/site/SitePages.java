package dev.tlkit.site;

import dev.tlkit.codegen.JavaField;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DefinitionDocs;
import dev.tlkit.codegen.docs.DocText;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.codegen.docs.FunctionError;
import dev.tlkit.codegen.examples.Example;
import dev.tlkit.codegen.examples.Examples;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.site.Views.Answer;
import dev.tlkit.site.Views.CataloguePage;
import dev.tlkit.site.Views.CatalogueRow;
import dev.tlkit.site.Views.DefinitionLink;
import dev.tlkit.site.Views.DefinitionPage;
import dev.tlkit.site.Views.ErrorPage;
import dev.tlkit.site.Views.ErrorRow;
import dev.tlkit.site.Views.ExampleView;
import dev.tlkit.site.Views.FieldLine;
import dev.tlkit.site.Views.Frame;
import dev.tlkit.site.Views.HistoryView;
import dev.tlkit.site.Views.IndexPage;
import dev.tlkit.site.Views.LayerMark;
import dev.tlkit.site.Views.Link;
import dev.tlkit.site.Views.Namespace;
import dev.tlkit.site.Views.Param;
import dev.tlkit.site.Views.TypePage;
import dev.tlkit.site.Views.WireRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Decides what each page of the site says; {@link Site} only renders and writes them. */
final class SitePages {
  /** Detail pages are one folder down from the root. */
  static final String UP = "../";

  private final Schema schema;
  private final ApiDocs docs;
  private final JavaModel model;
  private final Examples examples;
  private final PagePaths paths;
  private final CrossReferences refs;
  private final LayerHistory history;
  private final TypeLinks links;
  private final String siteName;
  private final Map<String, String> pageOfName = new HashMap<>();
  private final TreeMap<String, ErrorDoc> errors = new TreeMap<>();
  /** Error descriptions repeat on hundreds of pages: each is sanitised once. */
  private final Map<String, String> htmlOfText = new java.util.concurrent.ConcurrentHashMap<>();

  SitePages(Schema schema, ApiDocs docs, JavaModel model, LayerHistory history, String siteName) {
    this.schema = schema;
    this.docs = docs;
    this.model = model;
    this.examples = Examples.of(model);
    this.refs = new CrossReferences(schema, docs);
    errors.putAll(docs.errors());
    for (String named : new TreeSet<>(refs.errorsNamed())) {
      errors.computeIfAbsent(named, n -> docs.resolve(new FunctionError(n, null, "")));
    }
    this.paths = new PagePaths(schema, errors.keySet());
    this.history = history;
    this.links = new TypeLinks(model, paths);
    this.siteName = siteName;
    // {@tl NAME} in docs texts: a constructor wins over a function of the same name, as in Javadoc.
    for (Combinator c : schema.functions()) {
      if (!c.isBuiltin() && c.scope().isEmpty()) {
        pageOfName.put(c.name(), paths.of(c));
      }
    }
    for (TlType t : schema.types()) {
      if (t.scope().isEmpty()) {
        pageOfName.put(t.name(), paths.type(t));
      }
    }
    for (Combinator c : schema.constructors()) {
      if (!c.isBuiltin() && c.scope().isEmpty()) {
        pageOfName.put(c.name(), paths.of(c));
      }
    }
  }

  PagePaths paths() {
    return paths;
  }

  Map<String, ErrorDoc> errors() {
    return errors;
  }

  CrossReferences references() {
    return refs;
  }

  Examples examples() {
    return examples;
  }

  /** Docs text as sanitised HTML for a page in a folder; null when empty. */
  private String html(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return htmlOfText.computeIfAbsent(text, t -> DocText.html(t, name -> {
      String page = pageOfName.get(name);
      return page == null ? null : UP + page;
    }));
  }

  private Frame frame(String title, String root) {
    return new Frame(title, siteName, root);
  }

  DefinitionPage definition(Combinator c) {
    JavaRecord record = model.record(c);
    DefinitionDocs d = docs.definition(c.key());
    Example example = examples.of(record);
    ExampleView exampleView = new ExampleView(
        imports(), example.java(), example.variable(), example.bytes().length,
        example.wire().stream().map(w -> new WireRow(w.label(), w.hex())).toList());
    List<Param> params = new ArrayList<>();
    for (JavaField k : record.components()) {
      Parameter p = c.parameters().stream().filter(q -> q.name().equals(k.tlName())).findFirst().orElseThrow();
      String presence = p.isTrueFlag() ? "flag " + p.condition()
          : p.isOptional() ? "optional, " + p.condition()
          : "required";
      params.add(new Param(p.name(), k.name(), links.tl(p.type(), UP),
          links.java(model.componentType(p), UP), presence, html(d.param(p.name()))));
    }
    List<Link> resultTl = null;
    List<Link> resultJava = null;
    List<ErrorRow> errorRows = new ArrayList<>();
    String callers = null;
    List<Link> type = null;
    if (c.isFunction()) {
      resultTl = links.tl(c.resultType(), UP);
      resultJava = record.resultType().map(t -> links.java(t, UP)).orElse(List.of());
      for (FunctionError fe : d.errors()) {
        ErrorDoc e = docs.resolve(fe);
        ErrorDoc known = docs.errors().get(e.name());
        String code = known == null || known.code() == e.code()
            ? Integer.toString(e.code())
            : e.code() + " (" + known.code() + " in the catalogue)";
        errorRows.add(new ErrorRow(code, e.name(), UP + paths.error(e), html(e.description())));
      }
      callers = d.callers().forBots().isEmpty() ? null : d.callers().forBots();
    } else {
      TlType t = refs.typeOf(c);
      if (t != null) {
        type = List.of(new Link(t.name(), UP + paths.type(t)));
      }
    }
    HistoryView historyView = history.of(c).map(s -> new HistoryView(
        s.layers().stream().map(p -> new LayerMark(p.layer(), p.present())).toList(),
        s.events(),
        s.fields().stream().map(f -> new FieldLine(f.field(), f.story())).toList())).orElse(null);
    return new DefinitionPage(frame(c.name(), UP), c.isFunction() ? "function" : "constructor", c.name(),
        html(d.description()), exampleView, params, resultTl, resultJava, errorRows, callers, type,
        c.toTl() + ";", c.idHex(), LayerHistory.fileName(c.location().file()) + ":" + c.location().line(),
        record.className().canonicalName(), historyView, c.isFunction());
  }

  private String imports() {
    List<String> imports = examples.imports();
    return String.join(", ", imports.subList(0, imports.size() - 1)) + " and " + imports.get(imports.size() - 1);
  }

  TypePage type(TlType t) {
    String javaClass = model.valueClass(t).canonicalName();
    return new TypePage(frame(t.name(), UP), t.name(), html(docs.type(t.key())), javaClass,
        definitionLinks(t.constructors()), definitionLinks(refs.returning(t)),
        definitionLinks(refs.taking(t)), definitionLinks(refs.containing(t)),
        refs.typesContaining(t).stream().map(o -> new Link(o.name(), UP + paths.type(o))).toList());
  }

  private List<DefinitionLink> definitionLinks(List<Combinator> list) {
    return list.stream().filter(c -> !c.isBuiltin())
        .map(c -> new DefinitionLink(c.name(), UP + paths.of(c), c.toTl())).toList();
  }

  ErrorPage error(ErrorDoc e) {
    List<Answer> answers = new ArrayList<>();
    for (Combinator f : refs.answering(e.name())) {
      for (FunctionError fe : docs.definition(f.key()).errors()) {
        if (fe.name().equals(e.name())) {
          ErrorDoc own = docs.resolve(fe);
          answers.add(new Answer(f.name(), UP + paths.of(f), Integer.toString(own.code()),
              fe.description().isEmpty() ? null : html(fe.description())));
        }
      }
    }
    return new ErrorPage(frame(e.name(), UP), e.name(), Integer.toString(e.code()), html(e.description()),
        e.parameter().isEmpty() ? null : e.parameter(), docs.errors().containsKey(e.name()), answers);
  }

  CataloguePage catalogue() {
    List<CatalogueRow> rows = new ArrayList<>();
    for (ErrorDoc e : errors.values()) {
      rows.add(new CatalogueRow(Integer.toString(e.code()), e.name(), paths.error(e),
          DocText.html(e.description(), name -> pageOfName.get(name)), refs.answering(e.name()).size()));
    }
    return new CataloguePage(frame("Errors", ""), rows.size(), rows);
  }

  IndexPage index(String packageName) {
    Map<String, List<Combinator>> functions = new TreeMap<>();
    Map<String, List<Combinator>> constructors = new TreeMap<>();
    Map<String, List<TlType>> types = new TreeMap<>();
    int functionCount = 0;
    int constructorCount = 0;
    for (Combinator c : schema.functions()) {
      if (!c.isBuiltin()) {
        functions.computeIfAbsent(c.namespace(), k -> new ArrayList<>()).add(c);
        functionCount++;
      }
    }
    for (Combinator c : schema.constructors()) {
      if (!c.isBuiltin()) {
        constructors.computeIfAbsent(c.namespace(), k -> new ArrayList<>()).add(c);
        constructorCount++;
      }
    }
    for (TlType t : schema.types()) {
      types.computeIfAbsent(t.namespace(), k -> new ArrayList<>()).add(t);
    }
    TreeSet<String> names = new TreeSet<>(functions.keySet());
    names.addAll(constructors.keySet());
    names.addAll(types.keySet());
    List<Namespace> namespaces = new ArrayList<>();
    for (String ns : names) {
      List<Combinator> f = functions.getOrDefault(ns, List.of());
      List<Combinator> k = constructors.getOrDefault(ns, List.of());
      List<TlType> t = types.getOrDefault(ns, List.of());
      namespaces.add(new Namespace(ns.isEmpty() ? "(none)" : ns, "ns-" + (ns.isEmpty() ? "-" : ns),
          f.size(), k.size(), t.size(),
          f.stream().map(c -> new Link(c.name(), paths.of(c))).toList(),
          k.stream().map(c -> new Link(c.name(), paths.of(c))).toList(),
          t.stream().map(x -> new Link(x.name(), paths.type(x))).toList()));
    }
    String layer = schema.layer().isPresent() ? Integer.toString(schema.layer().getAsInt()) : null;
    List<String> layers = history.layers().stream().map(LayerHistory.Layer::label).toList();
    return new IndexPage(frame(siteName, ""), layer, functionCount, constructorCount,
        schema.types().size(), errors.size(), namespaces, layers, packageName);
  }
}

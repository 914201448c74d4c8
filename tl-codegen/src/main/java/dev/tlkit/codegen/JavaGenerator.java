package dev.tlkit.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.examples.Examples;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Location;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a linked {@link Schema} into Java sources: a record per constructor and function, a sealed
 * interface per boxed type with several constructors, the {@code Tl} dispatcher, and the shape
 * table that reading JSON uses ({@value #SHAPES_FILE}, a resource). Files are
 * returned sorted by path, and nothing in them depends on the machine or the time, so the same
 * schema gives the same bytes on every run.
 */
public final class JavaGenerator {
  /** The shape table's name, next to the classes: the runtime's {@code TlJsonSchema.RESOURCE}. */
  public static final String SHAPES_FILE = "tl-shapes.txt";

  private final Schema schema;
  private final SchemaHistory history;
  private final GeneratorOptions options;
  private final ApiDocs apiDocs;

  /** A generator whose documentation is the schema's own TDLib comments, if any. */
  public JavaGenerator(Schema schema, GeneratorOptions options) {
    this(schema, options, ApiDocs.EMPTY);
  }

  /**
   * A generator documenting the code with {@code docs} (a docs file), merged with the schema's own
   * TDLib comments; an error catalogue class is generated when the docs have one.
   */
  public JavaGenerator(Schema schema, GeneratorOptions options, ApiDocs docs) {
    this(SchemaHistory.none(schema), options, docs);
  }

  /**
   * A generator of a schema that also reads what its earlier layers wrote: the kept old shapes are
   * records of their types, and {@code OlderLayers} reads the rest into today's records.
   */
  public JavaGenerator(SchemaHistory history, GeneratorOptions options, ApiDocs docs) {
    this.history = history;
    this.schema = history.merged();
    this.options = options;
    this.apiDocs = docs;
  }

  /**
   * Generates every file.
   *
   * @throws GenerationException if the schema cannot become Java (a name clash), naming the definitions
   */
  public List<GeneratedFile> generate() {
    JavaModel model = JavaModel.of(history, options, !apiDocs.errors().isEmpty());
    JavaNames names = model.names();
    JavaTypes types = model.types();
    GeneratedDocs docs = new GeneratedDocs(schema, apiDocs, names);
    Examples examples = Examples.of(model);
    List<Combinator> definitions = new ArrayList<>();
    schema.constructors().stream().filter(c -> !c.isBuiltin()).forEach(definitions::add);
    schema.functions().stream().filter(c -> !c.isBuiltin()).forEach(definitions::add);

    // Each file is independent of the others: generate them on all cores, as one stream of
    // tasks so that no core waits for another between kinds of file. The dispatcher, the biggest
    // file, goes first so that it does not run alone at the end. The generators hold per-method
    // state, so each task gets its own; the sort below keeps the output order fixed.
    List<Supplier<GeneratedFile>> tasks = new ArrayList<>();
    tasks.add(() -> file(new DispatchGenerator(model).generate(definitions, schema.layer()), null));
    if (!history.older().isEmpty()) {
      tasks.add(() -> file(new OlderLayersGenerator(model).generate(), null));
    }
    tasks.add(() -> file(new ObjectInterfaceGenerator(types).generate(), null));
    for (Combinator c : definitions) {
      String layer = model.isOldShape(c) ? " of layer " + history.older(c.id()).orElseThrow().layer() : "";
      tasks.add(() -> file(new CombinatorGenerator(model, docs, examples).generate(c), c.location(), layer));
    }
    for (JavaSealedInterface iface : model.sealedInterfaces()) {
      tasks.add(() -> file(new TypeGenerator(model, docs).generate(iface),
          iface.type().constructors().get(0).location()));
    }
    if (docs.hasErrorCatalogue()) {
      tasks.add(() -> file(new ErrorCatalogueGenerator(model, docs).generate(schema), null));
    }
    List<GeneratedFile> files = new ArrayList<>(tasks.parallelStream().map(Supplier::get).toList());
    if (options.nullMarked()) {
      files.add(packageInfo());
    }
    // A resource, not Java: reading JSON costs the generated classes no line (Tl.JSON reads it).
    files.add(new GeneratedFile(options.packageName().replace('.', '/') + "/" + SHAPES_FILE,
        ShapeTable.of(model)));
    files.sort(Comparator.comparing(GeneratedFile::path));
    return files;
  }

  private GeneratedFile file(TypeSpec spec, Location from) {
    return file(spec, from, "");
  }

  private GeneratedFile file(TypeSpec spec, Location from, String layer) {
    String source = from == null
        ? "the schema " + schemaFiles()
        : Javadocs.fileName(from.file()) + ":" + from.line() + layer;
    JavaFile javaFile = JavaFile.builder(options.packageName(), spec)
        .addFileComment("Generated by tlkit from $L. Do not edit.", source)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    String path = options.packageName().replace('.', '/') + "/" + spec.name() + ".java";
    return new GeneratedFile(path, javaFile.toString());
  }

  /**
   * {@code package-info.java} saying {@code @NullMarked}: every type in the package is non-null
   * unless it says {@code @Nullable}. JavaPoet writes types only, so this one is written here.
   */
  private GeneratedFile packageInfo() {
    String text = "// Generated by tlkit from the schema " + schemaFiles() + ". Do not edit.\n"
        + "/**\n"
        + " * Generated from the schema " + schemaFiles() + ". Values are never null unless their\n"
        + " * type says {@code @Nullable}: optional fields that are absent.\n"
        + " */\n"
        + "@" + RuntimeTypes.NULL_MARKED.canonicalName() + "\n"
        + "package " + options.packageName() + ";\n";
    return new GeneratedFile(options.packageName().replace('.', '/') + "/package-info.java", text);
  }

  private String schemaFiles() {
    return String.join(", ", schema.files().stream().map(f -> Javadocs.fileName(f.path())).toList());
  }
}

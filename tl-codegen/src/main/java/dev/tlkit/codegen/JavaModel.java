package dev.tlkit.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.OldBytes;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaHistory;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeParameter;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireShape;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Java that tlkit generates from a schema, as a model: the record of every constructor and
 * function with its components and builder, the sealed interface of every type with several
 * constructors with the accessors its constructors share, and the Java type of every TL type.
 *
 * <p>It is the one home of the TL-to-Java mapping: {@link JavaGenerator} writes its files from it,
 * and tools that reason about generated code (the schema diff's verdicts on what breaks Java
 * code) ask it rather than deriving Java names and types again. The model is immutable and may be
 * read from many threads.
 *
 * <pre>{@code
 * JavaModel model = JavaModel.of(schema, new GeneratorOptions("dev.tlkit.telegram"));
 * model.sealedInterface(schema.type("User").orElseThrow())
 *     .orElseThrow().accessor("id");              // Optional[JavaField[... name=id, type=long ...]]
 * }</pre>
 */
public final class JavaModel {
  private final Schema schema;
  private final SchemaHistory history;
  private final Map<Integer, JavaRecord> upgrades = new LinkedHashMap<>();
  private final GeneratorOptions options;
  private final JavaNames names;
  private final JavaTypes types;
  private final Map<String, JavaRecord> records = new LinkedHashMap<>();
  private final Map<String, JavaSealedInterface> interfaces = new LinkedHashMap<>();
  private final OptionalInt gzipPackedId;

  private JavaModel(SchemaHistory history, GeneratorOptions options, boolean errorCatalogue) {
    this.history = history;
    this.schema = history.merged();
    this.options = options;
    this.names = JavaNames.of(schema, errorCatalogue, !history.older().isEmpty(), options.naming());
    this.types = new JavaTypes(schema, names, options.packageName(), options.nullMarked());
    this.gzipPackedId = schema.constructors().stream()
        .filter(c -> c.name().equals("gzip_packed") && !c.isBuiltin())
        .mapToInt(Combinator::id).findFirst();
    List<Combinator> definitions = new ArrayList<>(schema.constructors());
    definitions.addAll(schema.functions());
    for (Combinator c : definitions) {
      if (!c.isBuiltin()) {
        records.put(c.key(), newRecord(c));
      }
    }
    for (TlType t : schema.types()) {
      if (names.interfaceName(t) != null) {
        List<Combinator> constructors = byClassName(t);
        interfaces.put(t.key(), new JavaSealedInterface(t, types.classOf(t),
            constructors.stream().map(types::classOf).toList(), sharedAccessors(constructors)));
      }
    }
    // What an upgrading old definition reads: its own fields, by its own names, into today's record.
    for (SchemaHistory.Older o : history.upgrades()) {
      JavaRecord today = records.get(((OldBytes.Upgrade) o.decision()).today().key());
      upgrades.put(o.id(), new JavaRecord(o.renamed(), today.className(), today.typeVariables(), List.of(),
          null, fields(o.renamed()), true));
    }
  }

  /**
   * The model of the Java generated from {@code schema} with {@code options}.
   *
   * @throws GenerationException if the schema cannot become Java (a name clash), naming the definitions
   */
  public static JavaModel of(Schema schema, GeneratorOptions options) {
    return new JavaModel(SchemaHistory.none(schema), options, false);
  }

  /**
   * The model of the Java generated from a schema and its earlier layers: the kept old shapes are
   * records too, and {@code OlderLayers} reads what the earlier layers wrote.
   *
   * @throws GenerationException if the schema cannot become Java (a name clash), naming the definitions
   */
  public static JavaModel of(SchemaHistory history, GeneratorOptions options) {
    return new JavaModel(history, options, false);
  }

  /** The model with the error catalogue class among the names taken, if {@code errorCatalogue}. */
  static JavaModel of(SchemaHistory history, GeneratorOptions options, boolean errorCatalogue) {
    return new JavaModel(history, options, errorCatalogue);
  }

  /** The schema and its earlier layers; {@link SchemaHistory#none} when generated without. */
  public SchemaHistory history() {
    return history;
  }

  /** Whether {@code definition} is an earlier layer's, kept in its old shape. */
  public boolean isOldShape(Combinator definition) {
    return history.isOldShape(definition);
  }

  /**
   * What an earlier layer's definition under {@code id} reads before it becomes today's record:
   * a record model whose fields are the old ones and whose class is today's record.
   */
  JavaRecord upgrade(int id) {
    JavaRecord r = upgrades.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no upgrade under id " + Integer.toHexString(id));
    }
    return r;
  }

  /** Whether values of {@code type} may come with an id of an earlier layer. */
  boolean readsOlder(TlType type) {
    return history.typesReadingOlder().contains(type.key());
  }

  /** Whether an earlier layer's function upgrades into {@code function}. */
  boolean readsOlderCalls(Combinator function) {
    return history.isUpgradedInto(function);
  }

  public Schema schema() {
    return schema;
  }

  public GeneratorOptions options() {
    return options;
  }

  /** The records of every constructor, then every function, in the schema's order (builtins have none). */
  public List<JavaRecord> records() {
    return List.copyOf(records.values());
  }

  /** The record of the constructor or function with that {@link Combinator#key()}. */
  public Optional<JavaRecord> record(String key) {
    return Optional.ofNullable(records.get(key));
  }

  /** The record of {@code definition}, which must be of this schema and not a builtin. */
  public JavaRecord record(Combinator definition) {
    JavaRecord r = records.get(definition.key());
    if (r == null) {
      throw new IllegalArgumentException("no record for " + definition.name());
    }
    return r;
  }

  /** The sealed interfaces of types with several constructors, in the schema's order. */
  public List<JavaSealedInterface> sealedInterfaces() {
    return List.copyOf(interfaces.values());
  }

  /** The sealed interface of {@code type}; empty when it has one constructor, whose record stands for it. */
  public Optional<JavaSealedInterface> sealedInterface(TlType type) {
    return Optional.ofNullable(interfaces.get(type.key()));
  }

  /** The Java type of values of a boxed TL type: its sealed interface, or its only constructor's record. */
  public ClassName valueClass(TlType type) {
    return types.classOf(type);
  }

  /**
   * The Java type of a value of {@code ref}: primitives where it is required ({@code int}), their
   * wrappers where it is {@code optional} or inside a list.
   */
  public TypeName javaType(TypeRef ref, boolean optional) {
    return types.javaType(ref, optional);
  }

  /** The Java type of the component of {@code p}: {@code boolean} for a {@code true} flag. */
  public TypeName componentType(Parameter p) {
    return p.isTrueFlag() ? TypeName.BOOLEAN : types.javaType(p.type(), p.isOptional());
  }

  /**
   * The id of the schema's {@code gzip_packed} ({@code gzip_packed#3072cfa1 packed_data:bytes =
   * Object}, MTProto's), if it has one: every boxed read then accepts it in place of the value.
   */
  public OptionalInt gzipPackedId() {
    return gzipPackedId;
  }

  JavaNames names() {
    return names;
  }

  JavaTypes types() {
    return types;
  }

  private JavaRecord newRecord(Combinator c) {
    List<TypeVariableName> vars = new ArrayList<>();
    for (TypeParameter t : c.typeParameters()) {
      if (t.kind().equals("Type")) {
        vars.add(TypeVariableName.get(t.name()));
      }
    }
    List<TypeName> superinterfaces = new ArrayList<>();
    TypeName result = null;
    boolean ownType = true;
    if (c.isFunction()) {
      result = types.resultType(c);
      superinterfaces.add(ParameterizedTypeName.get(RuntimeTypes.TL_FUNCTION, result));
      superinterfaces.add(types.objectInterface());
    } else {
      TlType type = types.typeOf(c);
      ownType = type == null || names.interfaceName(type) == null;
      superinterfaces.add(ownType ? types.objectInterface() : types.classOf(type));
    }
    return new JavaRecord(c, types.classOf(c), vars, superinterfaces, result, fields(c), ownType);
  }

  /** Every parameter of {@code c} as the generated code has it. */
  private List<JavaField> fields(Combinator c) {
    Set<String> referenced = new HashSet<>();
    for (Parameter p : c.parameters()) {
      if (p.condition() != null) {
        referenced.add(p.condition().field());
      }
    }
    Map<String, String> javaNames = names.componentNames(c);
    List<WireShape> shapes = types.wireShapes(c);
    List<JavaField> fields = new ArrayList<>();
    for (int i = 0; i < c.parameters().size(); i++) {
      Parameter p = c.parameters().get(i);
      WireShape wire = shapes.get(i);
      JavaField.Role role = wire instanceof WireShape.LengthOfNext ? JavaField.Role.LENGTH
          : p.isFlags() && referenced.contains(p.name()) ? JavaField.Role.FLAGS
          : JavaField.Role.COMPONENT;
      TypeName type = p.isTrueFlag() ? TypeName.BOOLEAN : types.javaType(wire, p.isOptional());
      // What TDLib says "may be null" of is nullable without a flag (WireShape.Nullable).
      boolean nullable = p.isOptional() && !p.isTrueFlag() || wire instanceof WireShape.Nullable;
      boolean required = role == JavaField.Role.COMPONENT && !p.isOptional() && !p.isFlags()
          && !(wire instanceof WireShape.Nullable);
      fields.add(new JavaField(p, role, javaNames.get(p.name()), type, nullable, required, wire));
    }
    return fields;
  }

  /**
   * The components every one of {@code constructors} has with one name and one Java type, in the
   * order of the first. A type variable of a generic record ({@code X} of {@code !X}) means nothing
   * on the interface, so a component that mentions one is not shared.
   */
  private List<JavaField> sharedAccessors(List<Combinator> constructors) {
    List<List<JavaField>> all = constructors.stream()
        .map(c -> records.get(c.key()).components())
        .toList();
    List<JavaField> shared = new ArrayList<>();
    for (JavaField f : all.get(0)) {
      if (mentionsTypeVariable(f.type())) {
        continue;
      }
      List<JavaField> same = all.stream().flatMap(fields -> fields.stream()
          .filter(g -> g.name().equals(f.name()) && g.type().equals(f.type()))
          .limit(1)).toList();
      if (same.size() == all.size()) {
        shared.add(f.withNullable(same.stream().anyMatch(JavaField::nullable)));
      }
    }
    return shared;
  }

  /** The constructors of {@code t} in the order of their class names, as the interface lists them. */
  private List<Combinator> byClassName(TlType t) {
    return t.constructors().stream()
        .sorted(Comparator.comparing(c -> types.classOf(c).simpleName()))
        .toList();
  }

  private static boolean mentionsTypeVariable(TypeName t) {
    return t instanceof TypeVariableName
        || t instanceof ParameterizedTypeName p && p.typeArguments().stream()
            .anyMatch(JavaModel::mentionsTypeVariable);
  }
}

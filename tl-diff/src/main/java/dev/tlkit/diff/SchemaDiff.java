package dev.tlkit.diff;

import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaField;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaTypeText;
import dev.tlkit.codegen.JavaSealedInterface;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.CombinatorText;
import dev.tlkit.schema.OldBytes;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two schemas: which constructors, functions and types were added, removed or changed,
 * and what each change means for Java code generated from them and for bytes written under the old
 * one (see {@code CompatibilityRules} for the classification).
 *
 * <pre>{@code
 * SchemaChanges changes = SchemaDiff.compare(
 *     new SchemaLoader().add(Path.of("api-181.tl")).load(),
 *     new SchemaLoader().add(Path.of("api.tl")).load());
 * System.out.print(ReportFormat.TEXT.render(changes));
 * if (changes.hasBreaking()) { ... }
 * }</pre>
 *
 * <p>What a change does to Java code is decided on tl-codegen's {@link JavaModel} of each schema,
 * the model the generator writes its files from: class names, components, builders, shared
 * accessors and Java types are the generator's own, under the naming scheme of the options given.
 *
 * <p>Definitions are matched by {@link Combinator#key()}, types by {@link TlType#key()}, and
 * parameters by name (a parameter that only changed its name is a rename). Builtin declarations
 * ({@code int ? = Int}) have no generated class and are not compared, nor is documentation.
 */
public final class SchemaDiff {
  private final CompatibilityRules rules;

  /** The package of the models: reports show simple names, so any package gives the same report. */
  private static final GeneratorOptions STANDARD = new GeneratorOptions("generated");

  private final JavaModel oldModel;
  private final JavaModel newModel;

  private SchemaDiff(JavaModel oldModel, JavaModel newModel) {
    this.oldModel = oldModel;
    this.newModel = newModel;
    this.rules = new CompatibilityRules(oldModel, newModel);
  }

  /**
   * Everything that differs from {@code oldSchema} to {@code newSchema}, for Java generated with
   * the standard naming scheme.
   *
   * @throws GenerationException if a schema cannot become Java (a name clash), naming the definitions
   */
  public static SchemaChanges compare(Schema oldSchema, Schema newSchema) {
    return compare(oldSchema, newSchema, STANDARD);
  }

  /**
   * Everything that differs from {@code oldSchema} to {@code newSchema}, for Java generated with
   * {@code options} (their naming scheme decides which changes break Java code).
   *
   * @throws GenerationException if a schema cannot become Java (a name clash), naming the definitions
   */
  public static SchemaChanges compare(Schema oldSchema, Schema newSchema, GeneratorOptions options) {
    SchemaDiff diff = new SchemaDiff(JavaModel.of(oldSchema, options), JavaModel.of(newSchema, options));
    return new SchemaChanges(
        SchemaChanges.Version.of(oldSchema),
        SchemaChanges.Version.of(newSchema),
        diff.definitions(oldSchema.constructors(), newSchema.constructors(), newSchema),
        diff.definitions(oldSchema.functions(), newSchema.functions(), newSchema),
        diff.types(oldSchema.types(), newSchema.types()));
  }

  private List<DefinitionChange> definitions(List<Combinator> before, List<Combinator> after,
      Schema newSchema) {
    SortedMap<String, Combinator> olds = byKey(before, Combinator::key);
    SortedMap<String, Combinator> news = byKey(after, Combinator::key);
    List<DefinitionChange> changes = new ArrayList<>();
    for (String key : union(olds, news)) {
      Combinator o = olds.get(key);
      Combinator n = news.get(key);
      if (o == null) {
        changes.add(new DefinitionChange(ChangeKind.ADDED, n.kind(), key, null, declaration(n), null,
            n.idHex(), null, null, List.of(), CompatibilityRules.ADDED, null));
      } else if (n == null) {
        changes.add(new DefinitionChange(ChangeKind.REMOVED, o.kind(), key, declaration(o), null,
            o.idHex(), null, null, null, List.of(), rules.definitionRemoved(o), oldBytes(o, newSchema)));
      } else {
        DefinitionChange changed = changed(key, o, n, newSchema);
        if (changed != null) {
          changes.add(changed);
        }
      }
    }
    return changes;
  }

  /**
   * A definition as the reports print it: canonical TL, with a generic result in angle brackets
   * ({@code = Vector<Item>}), as schemas write a function's result and as the reports write
   * types everywhere else, not by application ({@code Vector Item}), the form whose CRC32 is the id.
   */
  static String declaration(Combinator c) {
    return CombinatorText.format(c.name(), c.explicitId() ? OptionalInt.of(c.id()) : OptionalInt.empty(),
        c.typeParameters().stream().map(TypeParameter::toTl).toList(), c.builtinBody(),
        c.parameters().stream().map(Parameter::toTl).toList(), c.resultType().toTl(), List.of());
  }

  /** The change from {@code o} to {@code n}, or null if they are the same but for docs. */
  private DefinitionChange changed(String key, Combinator o, Combinator n, Schema newSchema) {
    Impact idImpact = o.id() == n.id() ? null : CompatibilityRules.idChanged(o.idHex(), n.idHex());
    String oldResult = o.resultType().toTl();
    String newResult = n.resultType().toTl();
    DefinitionChange.ResultChange result = oldResult.equals(newResult)
        ? null
        : new DefinitionChange.ResultChange(oldResult, newResult, rules.resultChanged(o, n));
    List<FieldChange> fields = new FieldDiff(rules, o, n).changes();
    if (idImpact == null && result == null && fields.isEmpty()) {
      return null;
    }
    if (idImpact != null) {
      fields = fields.stream().map(f -> new FieldChange(f.kind(), f.name(), f.oldText(),
          f.newText(), f.oldPosition(), f.newPosition(),
          CompatibilityRules.underIdChange(f.impact()))).toList();
    }
    List<Impact> parts = new ArrayList<>();
    if (idImpact != null) {
      parts.add(idImpact);
    }
    if (result != null) {
      parts.add(result.impact());
    }
    fields.forEach(f -> parts.add(f.impact()));
    return new DefinitionChange(ChangeKind.CHANGED, n.kind(), key, declaration(o), declaration(n), o.idHex(),
        n.idHex(), idImpact, result, fields, CompatibilityRules.combine(parts),
        idImpact == null ? null : oldBytes(o, newSchema));
  }

  /** What stored bytes of an old constructor become: functions are sent, not stored. */
  private static OldBytes oldBytes(Combinator old, Schema newSchema) {
    return old.isFunction() ? null : OldBytes.of(old, newSchema);
  }

  private List<TypeChange> types(List<TlType> before, List<TlType> after) {
    SortedMap<String, TlType> olds = byKey(before, TlType::key);
    SortedMap<String, TlType> news = byKey(after, TlType::key);
    List<TypeChange> changes = new ArrayList<>();
    for (String key : union(olds, news)) {
      TlType o = olds.get(key);
      TlType n = news.get(key);
      List<String> oldNames = o == null ? List.of() : constructorKeys(o);
      List<String> newNames = n == null ? List.of() : constructorKeys(n);
      List<String> added = newNames.stream().filter(c -> !oldNames.contains(c)).toList();
      List<String> removed = oldNames.stream().filter(c -> !newNames.contains(c)).toList();
      if (o == null) {
        changes.add(new TypeChange(ChangeKind.ADDED, key, oldNames, newNames, added, removed,
            List.of(), List.of(), CompatibilityRules.ADDED));
      } else if (n == null) {
        changes.add(new TypeChange(ChangeKind.REMOVED, key, oldNames, newNames, added, removed,
            List.of(), List.of(), CompatibilityRules.typeRemoved(o)));
      } else {
        // Accessors are compared where both sides have a sealed interface; a type that gains or
        // loses its interface is a change of Java type of its own.
        boolean bothInterfaces = oldModel.sealedInterface(o).isPresent()
            && newModel.sealedInterface(n).isPresent();
        List<String> oldAccessors = bothInterfaces ? accessors(oldModel, o) : List.of();
        List<String> newAccessors = bothInterfaces ? accessors(newModel, n) : List.of();
        List<String> lost = oldAccessors.stream().filter(a -> !newAccessors.contains(a)).toList();
        List<String> gained = newAccessors.stream().filter(a -> !oldAccessors.contains(a)).toList();
        if (!added.isEmpty() || !removed.isEmpty() || !lost.isEmpty() || !gained.isEmpty()) {
          changes.add(new TypeChange(ChangeKind.CHANGED, key, oldNames, newNames, added, removed,
              lost, gained, rules.typeChanged(o, n, added, removed, lost, gained)));
        }
      }
    }
    return changes;
  }

  /** The shared accessors of the type's sealed interface, as {@code id(): long}; empty without one. */
  private static List<String> accessors(JavaModel model, TlType type) {
    return model.sealedInterface(type).map(JavaSealedInterface::accessors).orElse(List.of())
        .stream().map(SchemaDiff::describe).toList();
  }

  private static String describe(JavaField a) {
    return a.name() + "(): " + JavaTypeText.of(a.type());
  }

  private static List<String> constructorKeys(TlType type) {
    return type.constructors().stream().map(Combinator::key).sorted().toList();
  }

  /** Non-builtin definitions (or types) by key, sorted. */
  private static <T> SortedMap<String, T> byKey(List<T> items, Function<T, String> key) {
    SortedMap<String, T> map = new TreeMap<>();
    for (T item : items) {
      if (!(item instanceof Combinator c && c.isBuiltin())) {
        map.put(key.apply(item), item);
      }
    }
    return map;
  }

  private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
    Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  /** The parameter changes of one definition present in both schemas. */
  private static final class FieldDiff {
    private final CompatibilityRules rules;
    private final Combinator oldC;
    private final Combinator newC;

    FieldDiff(CompatibilityRules rules, Combinator oldC, Combinator newC) {
      this.rules = rules;
      this.oldC = oldC;
      this.newC = newC;
    }

    List<FieldChange> changes() {
      List<Parameter> olds = oldC.parameters();
      List<Parameter> news = newC.parameters();
      Set<String> moved = moved(olds, news);
      List<FieldChange> changes = new ArrayList<>();
      for (int i = 0; i < news.size(); i++) {
        Parameter n = news.get(i);
        int j = indexOf(olds, n.name());
        if (j < 0 && isRename(olds, news, i)) {
          Parameter o = olds.get(i);
          changes.add(change(FieldChange.Kind.RENAMED, o, i, n, i, rules.renamed(oldC, o, newC, n)));
          continue;
        }
        if (j < 0) {
          changes.add(new FieldChange(FieldChange.Kind.ADDED, n.name(), null, n.toTl(), -1, i,
              rules.fieldAdded(oldC, newC, n)));
          continue;
        }
        Parameter o = olds.get(j);
        if (!o.type().toTl().equals(n.type().toTl())) {
          changes.add(change(FieldChange.Kind.RETYPED, o, j, n, i, rules.retyped(o, n)));
        }
        if (!o.isOptional() && n.isOptional()) {
          changes.add(change(FieldChange.Kind.MADE_OPTIONAL, o, j, n, i, rules.madeOptional(n)));
        } else if (o.isOptional() && !n.isOptional()) {
          changes.add(change(FieldChange.Kind.MADE_REQUIRED, o, j, n, i, rules.madeRequired(o, n)));
        } else if (o.isOptional() && !o.condition().equals(n.condition())) {
          changes.add(change(FieldChange.Kind.FLAG_MOVED, o, j, n, i,
              CompatibilityRules.flagMoved(o, n)));
        }
        if (rules.nullabilityChanged(oldC, o, newC, n)) {
          changes.add(change(FieldChange.Kind.NULLABILITY, o, j, n, i, rules.nullability(newC, n)));
        }
        if (moved.contains(n.name())) {
          changes.add(change(FieldChange.Kind.MOVED, o, j, n, i, CompatibilityRules.moved(j, i)));
        }
      }
      for (int j = 0; j < olds.size(); j++) {
        Parameter o = olds.get(j);
        if (indexOf(news, o.name()) < 0 && !isRename(olds, news, j)) {
          changes.add(new FieldChange(FieldChange.Kind.REMOVED, o.name(), o.toTl(), null, j, -1,
              rules.fieldRemoved(oldC, newC, o)));
        }
      }
      return changes;
    }

    private static FieldChange change(FieldChange.Kind kind, Parameter o, int oldPosition,
        Parameter n, int newPosition, Impact impact) {
      return new FieldChange(kind, n.name(), o.toTl(), n.toTl(), oldPosition, newPosition, impact);
    }

    /**
     * The parameters in both definitions whose order relative to the others changed: those outside
     * a longest common subsequence of the two orders. Only parameters with bytes on the wire count
     * ({@code flags.N?true} has none).
     */
    private static Set<String> moved(List<Parameter> olds, List<Parameter> news) {
      Set<String> common = new TreeSet<>();
      for (Parameter o : olds) {
        int j = indexOf(news, o.name());
        if (j >= 0 && !o.isTrueFlag() && !news.get(j).isTrueFlag()) {
          common.add(o.name());
        }
      }
      List<String> a = olds.stream().map(Parameter::name).filter(common::contains).toList();
      List<String> b = news.stream().map(Parameter::name).filter(common::contains).toList();
      int[][] lcs = new int[a.size() + 1][b.size() + 1];
      for (int i = a.size() - 1; i >= 0; i--) {
        for (int j = b.size() - 1; j >= 0; j--) {
          lcs[i][j] = a.get(i).equals(b.get(j))
              ? lcs[i + 1][j + 1] + 1
              : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      Set<String> moved = new TreeSet<>(b);
      for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
        if (a.get(i).equals(b.get(j))) {
          moved.remove(a.get(i));
          i++;
          j++;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
          i++;
        } else {
          j++;
        }
      }
      return moved;
    }

    /**
     * True when the parameters at {@code position} differ only by name: neither name is on the
     * other side, and type and condition are the same.
     */
    private static boolean isRename(List<Parameter> olds, List<Parameter> news, int position) {
      if (position >= olds.size() || position >= news.size()) {
        return false;
      }
      Parameter o = olds.get(position);
      Parameter n = news.get(position);
      return indexOf(news, o.name()) < 0 && indexOf(olds, n.name()) < 0
          && o.type().toTl().equals(n.type().toTl())
          && java.util.Objects.equals(o.condition(), n.condition());
    }

    private static int indexOf(List<Parameter> params, String name) {
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).name().equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }
}

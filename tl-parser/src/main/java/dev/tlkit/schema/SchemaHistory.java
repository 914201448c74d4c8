package dev.tlkit.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Today's schema with what its earlier layers wrote under ids it no longer has: the model that the
 * generator's compatible decoding is made from, decided here once.
 *
 * <p>Every constructor or function of an earlier schema whose id today's schema lacks is an
 * {@link Older} definition, with the {@link OldBytes} decision for it:
 *
 * <ul>
 *   <li>One that {@linkplain OldBytes.Upgrade upgrades} is read into today's record of its name; it
 *       is not part of {@link #merged()}.
 *   <li>One that keeps its {@linkplain OldBytes.OldShape old shape} joins {@link #merged()} under the
 *       name {@code <name>_layer<N>} ({@code user_layer198}), N being the newest earlier layer that
 *       has it, as a constructor of its type, so that a value of that type may be it. A type today's
 *       schema no longer has comes back with its old constructors.
 * </ul>
 *
 * <p>An id that two earlier schemas give different definitions is an error naming both.
 */
public final class SchemaHistory {
  private static final String SUFFIX = "_layer";

  private final Schema today;
  private final Schema merged;
  private final List<Integer> layers;
  private final Map<Integer, Older> olderById;
  private final List<Older> oldShapes;
  private final List<Older> upgrades;
  private final Set<String> typesReadingOlder = new TreeSet<>();
  private final Set<String> upgradedKeys = new java.util.HashSet<>();

  /**
   * A definition of an earlier layer under an id today's schema has not.
   *
   * @param id its id
   * @param layer the newest earlier layer that has it
   * @param old the definition as its own schema has it
   * @param decision what its bytes become today
   * @param renamed the definition named {@code <name>_layer<N>}, as {@link #merged()} has it for an
   *     old shape; for an upgrade, the same, though in no schema: its parameters name what is read
   */
  public record Older(int id, int layer, Combinator old, OldBytes decision, Combinator renamed) {
    public Older {
      Objects.requireNonNull(old, "old");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(renamed, "renamed");
    }

    /** True when the bytes decode into today's record. */
    public boolean upgrades() {
      return decision instanceof OldBytes.Upgrade;
    }
  }

  private SchemaHistory(Schema today, Schema merged, List<Integer> layers, Map<Integer, Older> olderById) {
    this.today = today;
    this.merged = merged;
    this.layers = List.copyOf(layers);
    this.olderById = olderById;
    this.oldShapes = kept(olderById.values());
    this.upgrades = byName(olderById.values(), true);
    for (Older o : olderById.values()) {
      Combinator c = o.decision() instanceof OldBytes.Upgrade u ? u.today() : o.old();
      if (o.upgrades()) {
        upgradedKeys.add(c.key());
      }
      if (!c.isFunction() && c.resultType() instanceof TypeRef.Named n && n.target() instanceof TypeRef.Target.Boxed b) {
        typesReadingOlder.add(b.typeKey());
      }
    }
  }

  /** Today's schema with no history: {@link #merged()} is today's. */
  public static SchemaHistory none(Schema today) {
    return new SchemaHistory(today, today, List.of(), Map.of());
  }

  /**
   * Today's schema and its earlier layers.
   *
   * @param today today's schema
   * @param earlier earlier schemas, in any order, each with its {@code // LAYER N} line
   * @throws SchemaException if an earlier schema has no layer, or is not older than today's, or two
   *     of them give one id different definitions, or a kept old shape refers to a constructor as a
   *     bare type that today's schema has changed
   */
  public static SchemaHistory of(Schema today, List<Schema> earlier) {
    if (earlier.isEmpty()) {
      return none(today);
    }
    List<Diagnostic> errors = new ArrayList<>();
    if (today.layer().isEmpty()) {
      errors.add(error(firstLine(today),
          "a schema read with earlier layers needs its own '// LAYER N' line: stored objects say their layer"));
    }
    Map<Integer, Schema> byLayer = new TreeMap<>();
    for (Schema s : earlier) {
      Location where = firstLine(s);
      if (s.layer().isEmpty()) {
        errors.add(error(where, "an earlier schema needs its '// LAYER N' line, to name what it wrote"));
      } else if (today.layer().isPresent() && s.layer().getAsInt() >= today.layer().getAsInt()) {
        errors.add(error(where, "layer " + s.layer().getAsInt() + " is not earlier than today's "
            + today.layer().getAsInt()));
      } else if (byLayer.put(s.layer().getAsInt(), s) != null) {
        errors.add(error(where, "two earlier schemas are both layer " + s.layer().getAsInt()));
      }
    }
    if (!errors.isEmpty()) {
      throw new SchemaException(errors);
    }

    Set<Integer> todayIds = new java.util.HashSet<>();
    today.constructors().forEach(c -> todayIds.add(c.id()));
    today.functions().forEach(c -> todayIds.add(c.id()));

    // Every id of an earlier layer that today's lacks, with the newest layer that has it and the
    // schema it comes from there (its types are looked up in that one).
    Map<Integer, Combinator> oldById = new TreeMap<>();
    Map<Integer, Integer> newestLayer = new TreeMap<>();
    Map<Integer, Schema> from = new TreeMap<>();
    for (Map.Entry<Integer, Schema> e : byLayer.entrySet()) {
      List<Combinator> all = new ArrayList<>(e.getValue().constructors());
      all.addAll(e.getValue().functions());
      for (Combinator c : all) {
        if (c.isBuiltin() || todayIds.contains(c.id())) {
          continue;
        }
        Combinator seen = oldById.get(c.id());
        if (seen != null && !sameShape(seen, c)) {
          errors.add(error(c.location(), "id " + c.idHex() + " is " + c.toTl() + " here but "
              + seen.toTl() + " at " + seen.location() + ": two earlier layers cannot give one id two shapes"));
          continue;
        }
        oldById.put(c.id(), c);
        newestLayer.put(c.id(), e.getKey());
        from.put(c.id(), e.getValue());
      }
    }
    if (!errors.isEmpty()) {
      throw new SchemaException(errors);
    }

    Map<Integer, Older> older = new TreeMap<>();
    for (Map.Entry<Integer, Combinator> e : oldById.entrySet()) {
      Combinator c = e.getValue();
      OldBytes decision = OldBytes.of(c, today);
      older.put(e.getKey(), new Older(c.id(), newestLayer.get(c.id()), c, decision,
          renamed(c, newestLayer.get(c.id()))));
    }

    // A type today's schema lacks needs nothing more: the constructors an earlier layer gave it
    // have ids today's lacks, so they are older definitions already, and it comes back with them. A
    // constructor named as a bare type has no id on the wire to tell its shape: it must be today's.
    for (Older o : older.values()) {
      Schema its = from.get(o.id());
      for (Parameter p : o.old().parameters()) {
        checkBare(p.type(), its, today, o, errors);
      }
      if (o.old().isFunction() && !o.upgrades()) {
        checkBare(o.old().resultType(), its, today, o, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new SchemaException(errors);
    }
    return new SchemaHistory(today, merge(today, kept(older.values())), List.copyOf(byLayer.keySet()), older);
  }

  /** Adds an error where {@code ref} names, as a bare type, a constructor today's schema has not in that shape. */
  private static void checkBare(TypeRef ref, Schema its, Schema today, Older by, List<Diagnostic> errors) {
    if (!(ref instanceof TypeRef.Named n)) {
      return;
    }
    n.args().forEach(a -> checkBare(a, its, today, by, errors));
    if (n.target() instanceof TypeRef.Target.Bare b) {
      Optional<Combinator> now = today.constructorByKey(b.constructorKey());
      Optional<Combinator> then = its.constructorByKey(b.constructorKey());
      if (now.isEmpty() || then.isEmpty() || now.get().id() != then.get().id()) {
        errors.add(error(by.old().location(), by.old().name() + " refers to " + n.toTl()
            + " as a bare type, which today's schema has not in that shape"));
      }
    }
  }

  /** The kept old shapes among {@code older}, ordered by name. */
  private static List<Older> kept(java.util.Collection<Older> older) {
    return byName(older, false);
  }

  /** The upgrades ({@code upgrades}) or the kept old shapes among {@code older}, ordered by name. */
  private static List<Older> byName(java.util.Collection<Older> older, boolean upgrades) {
    return older.stream().filter(o -> o.upgrades() == upgrades)
        .sorted(Comparator.comparing((Older o) -> o.renamed().name())).toList();
  }

  /** Today's schema with every kept old shape as a definition of its own, and the types gone today. */
  private static Schema merge(Schema today, List<Older> kept) {
    Map<String, List<Combinator>> oldShapesByType = new LinkedHashMap<>();
    List<Combinator> constructors = new ArrayList<>(today.constructors());
    List<Combinator> functions = new ArrayList<>(today.functions());
    for (Older o : kept) {
      if (o.old().isFunction()) {
        functions.add(o.renamed());
      } else {
        constructors.add(o.renamed());
        oldShapesByType.computeIfAbsent(((TypeRef.Named) o.old().resultType()).target() instanceof
            TypeRef.Target.Boxed b ? b.typeKey() : o.old().resultType().toTl(), k -> new ArrayList<>())
            .add(o.renamed());
      }
    }
    List<TlType> types = new ArrayList<>();
    for (TlType t : today.types()) {
      List<Combinator> more = oldShapesByType.remove(t.key());
      if (more == null) {
        types.add(t);
      } else {
        List<Combinator> cs = new ArrayList<>(t.constructors());
        cs.addAll(more);
        types.add(new TlType(t.name(), t.scope(), cs, t.doc()));
      }
    }
    for (Map.Entry<String, List<Combinator>> e : oldShapesByType.entrySet()) {
      Combinator first = e.getValue().get(0);
      String name = first.resultType().toTl();
      types.add(new TlType(name, "", e.getValue(), Doc.EMPTY));
    }
    return new Schema(today.files(), constructors, functions, types, today.warnings());
  }

  private static Combinator renamed(Combinator c, int layer) {
    return new Combinator(c.name() + SUFFIX + layer, c.scope(), c.kind(), c.id(), true, c.computedId(),
        c.typeParameters(), c.parameters(), c.resultType(), c.builtinBody(), c.doc(), c.location());
  }

  /**
   * One definition written by two earlier layers: the same name, fields and type. Telegram adds
   * {@code flags.N?true} fields without a new id (they are not part of it, and take no bytes), so
   * those may differ; the newer layer's are kept.
   */
  private static boolean sameShape(Combinator a, Combinator b) {
    return a.kind() == b.kind() && a.name().equals(b.name())
        && wireFields(a).equals(wireFields(b))
        && a.resultType().toTl().equals(b.resultType().toTl());
  }

  private static List<String> wireFields(Combinator c) {
    return c.parameters().stream().filter(p -> !p.isTrueFlag()).map(Parameter::toTl).toList();
  }

  /** Where an error about a whole schema points: its first file's first line. */
  private static Location firstLine(Schema s) {
    return s.files().isEmpty() ? Location.of("?", 1, 1) : Location.of(s.files().get(0).path(), 1, 1);
  }

  private static Diagnostic error(Location at, String message) {
    return new Diagnostic(Diagnostic.Severity.ERROR, at, message, "");
  }

  /** Today's schema. */
  public Schema today() {
    return today;
  }

  /**
   * Today's schema with the kept old shapes as definitions ({@code user_layer198#83314fca ... =
   * User}) and the types they need that today's has not; today's when there is no history.
   */
  public Schema merged() {
    return merged;
  }

  /** The earlier layers, oldest first. */
  public List<Integer> layers() {
    return layers;
  }

  /** Every older definition, by id: the upgrades and the kept old shapes. */
  public List<Older> older() {
    return List.copyOf(olderById.values());
  }

  /** The older definition under {@code id}, if an earlier layer has one today's lacks. */
  public Optional<Older> older(int id) {
    return Optional.ofNullable(olderById.get(id));
  }

  /** Whether {@code c}, a definition of {@link #merged()}, is a kept old shape. */
  public boolean isOldShape(Combinator c) {
    Older o = olderById.get(c.id());
    return o != null && !o.upgrades() && o.renamed().key().equals(c.key());
  }

  /** The kept old shapes of {@link #merged()}'s definitions, each once, ordered by name. */
  public List<Older> oldShapes() {
    return oldShapes;
  }

  /** The upgrades, ordered by name. */
  public List<Older> upgrades() {
    return upgrades;
  }

  /** Whether an earlier layer's definition upgrades into {@code today}, a definition of today's schema. */
  public boolean isUpgradedInto(Combinator today) {
    return upgradedKeys.contains(today.key());
  }

  /**
   * The keys of the types whose values may come with an earlier layer's id: those of constructors
   * that upgrade into one of theirs, or that keep an old shape as one of theirs.
   */
  public Set<String> typesReadingOlder() {
    return java.util.Collections.unmodifiableSet(typesReadingOlder);
  }
}

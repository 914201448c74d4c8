package dev.tlkit.telegram;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaField;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.FlagCondition;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireShape;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds random instances of generated classes, guided by the schema: the schema says what each
 * component means on the wire (an {@code int128} and a {@code bytes} are both {@code TlBytes} in
 * Java), reflection finds the record's canonical constructor. Test code only.
 *
 * <p>{@link #json} builds the same kind of values as JSON, in the golden vectors' form, for a
 * schema that has no generated classes (an earlier layer's): a map with {@code "_"} and the fields
 * in schema order, longs as strings, bytes as hex, no {@code #} field.
 */
final class RandomObjects {
  private static final int MAX_DEPTH = 3;

  private final Schema schema;
  /** The model of the generated classes, or null where the values are JSON. */
  private final JavaModel model;
  private final Random random;
  private final List<Combinator> functions;
  private final List<Combinator> constructors;

  RandomObjects(Schema schema, long seed) {
    this(schema, "dev.tlkit.telegram", seed);
  }

  /** Random instances of the classes generated from {@code schema} into {@code packageName}. */
  RandomObjects(Schema schema, String packageName, long seed) {
    this(schema, JavaModel.of(schema, new GeneratorOptions(packageName)), seed);
  }

  private RandomObjects(Schema schema, JavaModel model, long seed) {
    this.schema = schema;
    this.model = model;
    this.random = new Random(seed);
    this.functions = schema.functions().stream().filter(c -> !c.isBuiltin()).toList();
    this.constructors = schema.constructors().stream().filter(c -> !c.isBuiltin()).toList();
  }

  /** Random values of {@code schema} as JSON maps ({@link #instance}), no class needed. */
  static RandomObjects json(Schema schema, long seed) {
    return new RandomObjects(schema, (JavaModel) null, seed);
  }

  /** A random instance of {@code c}: its record, or in {@link #json} form its JSON map. */
  Object instance(Combinator c) {
    return instance(c, 0);
  }

  private Object instance(Combinator c, int depth) {
    if (model == null) {
      return json(c, depth);
    }
    Class<?> type = classOf(c);
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    // Fields that share a flag bit are present or absent together: decide once per bit.
    Map<FlagCondition, Boolean> present = new HashMap<>();
    // The generator computes some fields when writing (flags, a body's length): those are not
    // components of the record, and get no value here.
    Set<String> componentParameters = new HashSet<>();
    // What TDLib says "may be null" of (WireShape.Nullable): null a third of the time.
    Map<String, WireShape> wires = new HashMap<>();
    for (JavaField component : model.record(c).components()) {
      componentParameters.add(component.tlName());
      wires.put(component.tlName(), component.wire());
    }
    List<Object> args = new ArrayList<>();
    for (Parameter p : c.parameters()) {
      if (!componentParameters.contains(p.name())) {
        continue;
      }
      if (p.isFlags()) {
        args.add(random.nextInt());
      } else if (p.condition() != null) {
        boolean here = present.computeIfAbsent(p.condition(), k -> random.nextBoolean());
        args.add(p.isTrueFlag() ? here : here ? value(p.type(), depth) : null);
      } else if (wires.get(p.name()) instanceof WireShape.Nullable) {
        args.add(random.nextInt(3) == 0 ? null : value(p.type(), depth));
      } else if (wires.get(p.name()) instanceof WireShape.Vector v && v.element() instanceof WireShape.Nullable) {
        args.add(value(p.type(), depth, true));
      } else {
        args.add(value(p.type(), depth));
      }
    }
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      return ctor.newInstance(args.toArray());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build " + c.name() + " from " + args, e);
    }
  }

  private Map<String, Object> json(Combinator c, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("_", c.name());
    Map<FlagCondition, Boolean> present = new HashMap<>();
    for (Parameter p : c.parameters()) {
      if (p.isFlags()) {
        continue; // computed from the present fields
      }
      if (p.condition() != null) {
        boolean here = present.computeIfAbsent(p.condition(), k -> random.nextBoolean());
        if (p.isTrueFlag()) {
          object.put(p.name(), here);
        } else if (here) {
          object.put(p.name(), value(p.type(), depth));
        }
      } else {
        object.put(p.name(), value(p.type(), depth));
      }
    }
    return object;
  }

  Class<?> classOf(Combinator c) {
    try {
      return Class.forName(model.record(c).className().canonicalName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private Object value(TypeRef ref, int depth) {
    return value(ref, depth, false);
  }

  /** A value of {@code ref}; {@code nullElements}: a list whose elements may be null, some are. */
  private Object value(TypeRef ref, int depth, boolean nullElements) {
    if (ref instanceof TypeRef.Var v) {
      return instance(simplest(functions), depth + 1);
    }
    if (ref instanceof TypeRef.Nat) {
      return random.nextInt();
    }
    TypeRef.Named n = (TypeRef.Named) ref;
    TypeRef.Target target = n.target();
    if (target instanceof TypeRef.Target.Scalar s) {
      return builtin(s.builtin());
    }
    if (target instanceof TypeRef.Target.Vector) {
      int size = depth >= MAX_DEPTH ? 0 : random.nextInt(4);
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(nullElements && random.nextInt(3) == 0 ? null : value(n.args().get(0), depth + 1));
      }
      return list;
    }
    if (target instanceof TypeRef.Target.Boxed b) {
      TlType type = schema.type(b.typeKey()).orElseThrow();
      return instance(pick(type.constructors(), depth), depth + 1);
    }
    if (target instanceof TypeRef.Target.Bare b) {
      return instance(schema.constructorByKey(b.constructorKey()).orElseThrow(), depth + 1);
    }
    return instance(simplest(constructors), depth + 1);
  }

  private Combinator pick(List<Combinator> options, int depth) {
    return depth >= MAX_DEPTH ? simplest(options) : options.get(random.nextInt(options.size()));
  }

  /** The constructor with the fewest parameters: where nesting must stop. */
  private static Combinator simplest(List<Combinator> options) {
    return options.stream().min(Comparator.comparingInt((Combinator c) -> c.parameters().size())
        .thenComparing(Combinator::name)).orElseThrow();
  }

  private Object builtin(dev.tlkit.schema.Builtin builtin) {
    if (model == null) {
      return switch (builtin) {
        case LONG -> Long.toString(random.nextLong());
        case DOUBLE -> random.nextDouble() * 1e6; // JSON has no NaN or infinity
        case BYTES, INT128, INT256 -> ((TlBytes) javaValue(builtin)).hex();
        default -> javaValue(builtin);
      };
    }
    return javaValue(builtin);
  }

  private Object javaValue(dev.tlkit.schema.Builtin builtin) {
    return switch (builtin) {
      case INT -> random.nextInt();
      case LONG, INT53 -> random.nextLong();
      case DOUBLE -> random.nextBoolean() ? random.nextDouble() * 1e6 : Double.longBitsToDouble(random.nextLong());
      case BOOL, TRUE -> random.nextBoolean();
      case STRING -> text();
      case BYTES -> bytes(lengthNearBoundaries());
      case INT128 -> bytes(16);
      case INT256 -> bytes(32);
    };
  }

  /** Lengths around the 1-byte/4-byte length prefix boundary, and small ones. */
  private int lengthNearBoundaries() {
    int[] lengths = {0, 1, 2, 3, 4, 5, 252, 253, 254, 255, 256, 1000};
    return lengths[random.nextInt(lengths.length)];
  }

  private TlBytes bytes(int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return TlBytes.of(b);
  }

  private String text() {
    String[] alphabet = {"a", "Z", "0", " ", "я", "ж", "中", "文", "ع", "😀", "\n", "\"", "\\"};
    StringBuilder sb = new StringBuilder();
    int length = lengthNearBoundaries() / 2;
    for (int i = 0; i < length; i++) {
      sb.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return sb.toString();
  }
}

package dev.tlkit.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one value lies on the wire, by the TL binary rules: what every encoder and decoder of a
 * schema follows. It is decided here once, from the linked schema, and read by the code generator
 * (through its model) and by the schema-driven decoder of {@code tlc decode --schema}, so the two
 * cannot disagree on a rule.
 *
 * <table>
 *   <caption>TL types and their shapes</caption>
 *   <tr><th>TL</th><th>shape</th></tr>
 *   <tr><td>{@code int}, {@code long}, {@code double}, {@code Bool}, {@code #}</td><td>{@link Scalar}</td></tr>
 *   <tr><td>{@code int128}, {@code int256}, TON's {@code int512 16*[ int ]}</td><td>{@link Raw}</td></tr>
 *   <tr><td>{@code string}, {@code bytes}</td><td>{@link LengthPrefixed}</td></tr>
 *   <tr><td>{@code Vector<T>}, {@code vector<T>}</td><td>{@link Vector}</td></tr>
 *   <tr><td>a boxed type ({@code InputPeer})</td><td>{@link Boxed}: a constructor id, then its body</td></tr>
 *   <tr><td>a bare constructor ({@code %Message}, {@code tonNode.blockIdExt})</td><td>{@link Bare}: the body only</td></tr>
 *   <tr><td>{@code Object}, a type variable {@code X}</td><td>{@link AnyObject}</td></tr>
 *   <tr><td>{@code !X}</td><td>{@link AnyFunction}</td></tr>
 *   <tr><td>{@code bytes:int} right before an {@code Object}</td><td>{@link LengthOfNext}</td></tr>
 *   <tr><td>{@code true}</td><td>{@link Nothing}</td></tr>
 * </table>
 */
public sealed interface WireShape {

  /**
   * The size in bytes of every value of this shape.
   *
   * @return the size, or -1 if it depends on the value (the default)
   */
  default int fixedSize() {
    return -1;
  }

  /**
   * The fewest bytes a value of this shape can take: decoders bound a vector's count by it before
   * allocating anything.
   *
   * @return the size in bytes; 0 for a shape that can take no bytes, such as {@code true}
   */
  int minSize();

  /**
   * Whether the values are TDLib's {@code int53}s: one, or a vector of them to any depth. They are
   * longs on the wire and in Java, and numbers in JSON, where a long is a string.
   *
   * @return true for an int53 or a vector of them
   */
  default boolean holdsInt53() {
    WireShape w = this;
    while (w instanceof Vector v) {
      w = v.element();
    }
    return w instanceof Scalar s && s.primitive() == Primitive.INT53;
  }

  /** The fixed-size scalars of TL, and TDLib's {@code int53}: a {@code long} on the wire, a number in JSON. */
  enum Primitive {
    INT(4), LONG(8), INT53(8), DOUBLE(8), BOOL(4);

    private final int size;

    Primitive(int size) {
      this.size = size;
    }

    /** @return its size in bytes */
    public int size() {
      return size;
    }
  }

  /**
   * A fixed-size scalar: {@code int} (and {@code #}), {@code long}, {@code double}, or {@code Bool}
   * (the id of {@code boolTrue} or {@code boolFalse}).
   *
   * @param primitive which
   */
  record Scalar(Primitive primitive) implements WireShape {
    public Scalar {
      Objects.requireNonNull(primitive, "primitive");
    }

    @Override
    public int fixedSize() {
      return primitive.size();
    }

    @Override
    public int minSize() {
      return primitive.size();
    }
  }

  /**
   * A fixed number of raw bytes: {@code int128}, {@code int256}, or a builtin declared as repeated
   * ints ({@code int512 16*[ int ] = Int512}).
   *
   * @param width the number of bytes
   */
  record Raw(int width) implements WireShape {
    @Override
    public int fixedSize() {
      return width;
    }

    @Override
    public int minSize() {
      return width;
    }
  }

  /**
   * {@code string} ({@code text}: its bytes are UTF-8) or {@code bytes}: a length, the bytes, and
   * padding to a multiple of 4.
   *
   * @param text true for {@code string}
   */
  record LengthPrefixed(boolean text) implements WireShape {
    @Override
    public int minSize() {
      return 4;
    }
  }

  /**
   * A vector: the {@code vector} id unless {@code bare}, the count, then the elements.
   *
   * @param element the shape of each element
   * @param bare true for {@code vector<T>}, written without the id
   */
  record Vector(WireShape element, boolean bare) implements WireShape {
    public Vector {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public int minSize() {
      return headerSize();
    }

    /** @return the size of the vector's header: 8 bytes, or 4 for a bare vector's count */
    public int headerSize() {
      return bare ? 4 : 8;
    }
  }

  /**
   * A value of a boxed type: one of its constructors' ids, then that constructor's body.
   *
   * @param type the type
   */
  record Boxed(TlType type) implements WireShape {
    public Boxed {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public int minSize() {
      return 4;
    }
  }

  /**
   * The body of one constructor, without its id.
   *
   * @param constructor the constructor
   * @param minSize the fewest bytes its body can take: its required fields' least sizes
   */
  record Bare(Combinator constructor, int minSize) implements WireShape {
    public Bare {
      Objects.requireNonNull(constructor, "constructor");
    }
  }

  /** Any boxed object, found by its id: {@code Object}, or a type variable {@code X}. */
  record AnyObject() implements WireShape {
    @Override
    public int minSize() {
      return 4;
    }
  }

  /**
   * Any boxed function call: {@code !X}.
   *
   * @param resultVariable the type variable of its result ({@code X})
   */
  record AnyFunction(String resultVariable) implements WireShape {
    @Override
    public int minSize() {
      return 4;
    }
  }

  /**
   * An {@code int} named {@code bytes} right before an {@code Object}, as in MTProto's {@code
   * message msg_id:long seqno:int bytes:int body:Object}: the length of the next value in bytes. A
   * boxed object usually tells its own length by its constructor, but not when it is a vector,
   * which such a body can be (the {@code rpc_result} of a function returning {@code Vector<long>});
   * so decoders read the next value within the stated bytes, and encoders compute the length, as
   * they compute a flags field.
   */
  record LengthOfNext() implements WireShape {
    @Override
    public int fixedSize() {
      return 4;
    }

    @Override
    public int minSize() {
      return 4;
    }
  }

  /**
   * An object that may be null: TDLib's td_api.tl says so in a field's comment ("may be null",
   * {@link Combinator#mayBeNull}), where TL has no flag for it. On the wire a {@code Bool} comes
   * first, {@code boolFalse} for null, or {@code boolTrue} and then the value as {@code value}
   * lays it out, so that a bare object may be null as well as a boxed one.
   *
   * @param value the shape of the value when there is one: an object, boxed or bare
   */
  record Nullable(WireShape value) implements WireShape {
    @Override
    public int minSize() {
      return 4;
    }
  }

  /** {@code true}: a value that takes no bytes (its presence is a flag bit, if anything). */
  record Nothing() implements WireShape {
    @Override
    public int fixedSize() {
      return 0;
    }

    @Override
    public int minSize() {
      return 0;
    }
  }

  /**
   * The shape of each parameter of {@code definition}, in order. A {@code flags.N?} parameter has
   * the shape of its type; whether it is present is its condition's business.
   *
   * @param schema the linked schema of {@code definition}
   * @param definition a constructor or function of that schema
   * @return one shape per parameter
   * @throws IllegalArgumentException if a type is a builtin that has no known wire form
   */
  static List<WireShape> ofParameters(Schema schema, Combinator definition) {
    List<Parameter> params = definition.parameters();
    List<WireShape> shapes = new ArrayList<>(params.size());
    for (int i = 0; i < params.size(); i++) {
      shapes.add(isLengthOfNext(params, i) ? new LengthOfNext()
          : parameter(schema, definition, params.get(i), new HashSet<>()));
    }
    return shapes;
  }

  /** A parameter's shape: its type's, {@link Nullable} where the definition says it may be null. */
  private static WireShape parameter(Schema schema, Combinator c, Parameter p, Set<Combinator> visiting) {
    WireShape shape = of(schema, p.type(), visiting);
    if (!c.mayBeNull(p)) {
      return shape;
    }
    if (isObject(shape)) {
      return new Nullable(shape);
    }
    // TDLib's lists are never null themselves: "messages may be null" is said of their elements.
    if (shape instanceof Vector v && isObject(v.element())) {
      return new Vector(new Nullable(v.element()), v.bare());
    }
    return shape;
  }

  private static boolean isObject(WireShape shape) {
    return shape instanceof Boxed || shape instanceof Bare || shape instanceof AnyObject;
  }

  /**
   * The shape of a value of {@code ref}.
   *
   * @param schema the linked schema {@code ref} belongs to
   * @param ref a type reference of that schema
   * @return its shape
   * @throws IllegalArgumentException if {@code ref} is a builtin that has no known wire form
   */
  static WireShape of(Schema schema, TypeRef ref) {
    return of(schema, ref, new HashSet<>());
  }

  private static WireShape of(Schema schema, TypeRef ref, Set<Combinator> visiting) {
    if (ref instanceof TypeRef.Nat) {
      return new Scalar(Primitive.INT);
    }
    if (ref instanceof TypeRef.Var v) {
      return v.bang() ? new AnyFunction(v.name()) : new AnyObject();
    }
    TypeRef.Named n = (TypeRef.Named) ref;
    TypeRef.Target target = n.target();
    if (target instanceof TypeRef.Target.Scalar s) {
      return switch (s.builtin()) {
        case INT -> new Scalar(Primitive.INT);
        case LONG -> new Scalar(Primitive.LONG);
        case INT53 -> new Scalar(Primitive.INT53);
        case DOUBLE -> new Scalar(Primitive.DOUBLE);
        case BOOL -> new Scalar(Primitive.BOOL);
        case STRING -> new LengthPrefixed(true);
        case BYTES -> new LengthPrefixed(false);
        case INT128 -> new Raw(16);
        case INT256 -> new Raw(32);
        case TRUE -> new Nothing();
      };
    }
    if (target instanceof TypeRef.Target.Vector) {
      return new Vector(of(schema, n.args().get(0), visiting), n.bare());
    }
    if (target instanceof TypeRef.Target.Boxed b) {
      return new Boxed(schema.type(b.typeKey()).orElseThrow());
    }
    if (target instanceof TypeRef.Target.Bare b) {
      return bare(schema, schema.constructorByKey(b.constructorKey()).orElseThrow(), visiting);
    }
    return new AnyObject();
  }

  private static WireShape bare(Schema schema, Combinator c, Set<Combinator> visiting) {
    if (c.isBuiltin()) {
      if (c.builtinBody() instanceof BuiltinBody.Repeated r && r.rawIntWidth() > 0) {
        return new Raw(r.rawIntWidth());
      }
      throw new IllegalArgumentException("type " + c.name() + " is declared as the builtin '"
          + c.toTl() + "' (" + c.location() + "), which has no wire form tlkit knows");
    }
    if (!visiting.add(c)) {
      return new Bare(c, 0); // a constructor inside itself: its size is counted once
    }
    int min = 0;
    for (Parameter p : c.parameters()) {
      if (!p.isOptional()) {
        min += parameter(schema, c, p, visiting).minSize();
      }
    }
    visiting.remove(c);
    return new Bare(c, min);
  }

  private static boolean isLengthOfNext(List<Parameter> params, int i) {
    if (i + 1 >= params.size()) {
      return false;
    }
    Parameter p = params.get(i);
    Parameter next = params.get(i + 1);
    return p.name().equals("bytes") && !p.isOptional()
        && p.type() instanceof TypeRef.Named n && n.target() instanceof TypeRef.Target.Scalar s
        && s.builtin() == Builtin.INT
        && !next.isOptional() && next.type() instanceof TypeRef.Named o
        && o.target() instanceof TypeRef.Target.AnyObject;
  }
}

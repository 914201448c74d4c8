package dev.tlkit.cli.decode;

import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlIds;
import dev.tlkit.runtime.TlReader;
import dev.tlkit.runtime.TlRecord;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.OldBytes;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaHistory;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.WireShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads TL bytes with a linked {@link Schema} alone, without generated classes: the decoder of
 * {@code tlc decode --schema}, for TON's, TDLib's or any other schema. It follows the same rules as
 * the generated decoders and reads through the same {@link TlReader}, so hostile bytes meet the
 * same checks and limits and fail with the same {@link TlDecodeException}s, each with the path of
 * fields that led there. The values it gives are those of {@code TlRecord#visitFields}: {@code #}
 * fields are left out, {@code flags.N?true} fields are booleans, and absent
 * optional fields are skipped.
 */
public final class SchemaDecoder {
  private final Schema schema;
  /** Constructors first, so that a function that repeats a constructor's id never shadows it. */
  private final Map<Integer, Combinator> byId = new HashMap<>();
  /** Each definition's wire shapes, worked out once on first use rather than for every object. */
  private final Map<Combinator, List<WireShape>> shapes = new java.util.concurrent.ConcurrentHashMap<>();

  /** Earlier layers' definitions that read into today's, by their ids; empty when strict. */
  private final Map<Integer, SchemaHistory.Older> upgrades = new HashMap<>();

  public SchemaDecoder(Schema schema) {
    this(SchemaHistory.none(schema));
  }

  /**
   * A decoder that also reads what earlier layers wrote, as generated code's {@code OlderLayers}
   * does: an old definition that upgrades is read into today's of its name (its fields in common,
   * an {@code int} widened to a {@code long} where today's is one); one that keeps its old shape is
   * read as it was, named {@code <name>_layer<N>}.
   */
  public SchemaDecoder(SchemaHistory history) {
    this.schema = history.merged();
    schema.constructors().stream().filter(c -> !c.isBuiltin()).forEach(c -> byId.putIfAbsent(c.id(), c));
    schema.functions().forEach(f -> byId.putIfAbsent(f.id(), f));
    history.upgrades().forEach(o -> upgrades.put(o.id(), o));
  }

  /**
   * Decodes one boxed object (a constructor or a function) that fills {@code bytes} exactly.
   *
   * @throws TlDecodeException if the bytes are not exactly one object of the schema
   */
  public TlRecord decode(byte[] bytes) {
    TlReader reader = new TlReader(bytes);
    TlRecord value = boxed(reader, null, false);
    reader.expectEnd();
    return value;
  }

  /**
   * A boxed object: of {@code type}'s constructors, or of any (a null type), or any function.
   * {@code gzip_packed} is inflated wherever a boxed object is read, as generated code does.
   */
  private TlRecord boxed(TlReader reader, TlType type, boolean function) {
    int id = reader.readInt();
    if (id == TlIds.GZIP_PACKED && (type == null || !type.name().equals("GzipPacked"))) {
      TlReader inflated = reader.inflate(reader.readBytes());
      TlRecord value = boxed(inflated, type, function);
      inflated.expectEnd();
      return value;
    }
    // An earlier layer's id that upgrades is read by its old fields into today's definition.
    SchemaHistory.Older older = upgrades.get(id);
    Combinator upgradedInto = older == null ? null : ((OldBytes.Upgrade) older.decision()).today();
    Combinator c;
    if (upgradedInto != null && fits(upgradedInto, type, function)) {
      c = older.renamed();
    } else {
      upgradedInto = null;
      c = byId.get(id);
      if (c == null || !fits(c, type, function)) {
        String expected = type != null ? type.name() : function ? "a function" : "any object";
        String found = c == null ? String.format("unknown constructor id %08x", id)
            : c.name() + "#" + c.idHex();
        throw new TlDecodeException("expected " + expected + ", found " + found, reader.position() - 4);
      }
    }
    reader.enter();
    DecodedObject value = fields(reader, c);
    reader.exit();
    return upgradedInto == null ? value : upgraded(value, upgradedInto);
  }

  /** Whether {@code c} may stand where a {@code type} (any object if null, or any function) is read. */
  private static boolean fits(Combinator c, TlType type, boolean function) {
    return type != null ? type.constructors().contains(c) : !function || c.isFunction();
  }

  /**
   * The body of {@code c}: its fields in order, each {@code #} field read and obeyed. Like
   * {@code visitFields} of generated objects, the values leave out every {@code #} field.
   */
  private DecodedObject fields(TlReader reader, Combinator c) {
    DecodedObject object = new DecodedObject(c.name());
    Map<String, Integer> nats = new HashMap<>();
    List<Parameter> params = c.parameters();
    List<WireShape> shapes = this.shapes.computeIfAbsent(c, k -> WireShape.ofParameters(schema, k));
    String field = null;
    try {
      for (int i = 0; i < params.size(); i++) {
        Parameter p = params.get(i);
        field = p.name();
        if (p.isFlags()) {
          nats.put(p.name(), reader.readInt());
          continue;
        }
        if (p.condition() != null) {
          boolean set = (nats.getOrDefault(p.condition().field(), 0) & p.condition().mask()) != 0;
          if (p.isTrueFlag()) {
            object.add(p.name(), set);
            continue;
          }
          if (!set) {
            continue;
          }
        }
        if (shapes.get(i) instanceof WireShape.LengthOfNext) {
          // MTProto's message ... bytes:int body:Object: the body is read within exactly those bytes.
          Parameter body = params.get(++i);
          field = body.name();
          WireShape next = shapes.get(i);
          object.add(body.name(), reader.readSized(r -> value(r, next)));
          continue;
        }
        WireShape shape = shapes.get(i);
        Object value = value(reader, shape);
        if (value == null) {
          continue; // what TDLib says may be null, and is: left out, as the generated objects do
        }
        if (shape.holdsInt53()) {
          object.addInt53(p.name(), value);
        } else {
          object.add(p.name(), value);
        }
      }
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
    return object;
  }

  /** An old definition's values as today's {@code c} has them: by name, widened, dropped where it has none. */
  private DecodedObject upgraded(DecodedObject old, Combinator c) {
    DecodedObject now = new DecodedObject(c.name());
    List<WireShape> wires = shapes.computeIfAbsent(c, k -> WireShape.ofParameters(schema, k));
    for (int i = 0; i < c.parameters().size(); i++) {
      Parameter p = c.parameters().get(i);
      Object v = old.get(p.name());
      if (p.isFlags()) {
        continue;
      }
      if (v == null) {
        if (p.isTrueFlag()) {
          now.add(p.name(), false);
        }
        continue;
      }
      WireShape wire = wires.get(i);
      boolean toLong = wire instanceof WireShape.Scalar s && s.primitive() == WireShape.Primitive.LONG;
      Object value = toLong && v instanceof Integer n ? (Object) n.longValue() : v;
      if (wire.holdsInt53()) {
        now.addInt53(p.name(), value);
      } else {
        now.add(p.name(), value);
      }
    }
    return now;
  }

  private Object value(TlReader reader, WireShape wire) {
    if (wire instanceof WireShape.Nullable n) {
      return reader.readBool() ? value(reader, n.value()) : null;
    }
    if (wire instanceof WireShape.Scalar s) {
      return switch (s.primitive()) {
        case INT -> reader.readInt();
        case LONG, INT53 -> reader.readLong();
        case DOUBLE -> reader.readDouble();
        case BOOL -> reader.readBool();
      };
    }
    if (wire instanceof WireShape.Raw raw) {
      return reader.readRaw(raw.width());
    }
    if (wire instanceof WireShape.LengthPrefixed p) {
      return p.text() ? reader.readString() : reader.readBytes();
    }
    if (wire instanceof WireShape.Nothing) {
      return Boolean.TRUE;
    }
    if (wire instanceof WireShape.Vector v) {
      // Each element's index goes into error paths (photo.attributes[0].flags), as the runtime's
      // vector reads of generated decoders put it.
      return v.bare()
          ? reader.readBareVector(v.element().minSize(), r -> value(r, v.element()))
          : reader.readVector(v.element().minSize(), r -> value(r, v.element()));
    }
    if (wire instanceof WireShape.Boxed b) {
      return boxed(reader, b.type(), false);
    }
    if (wire instanceof WireShape.Bare b) {
      reader.enter();
      DecodedObject value = fields(reader, b.constructor());
      reader.exit();
      return value;
    }
    return boxed(reader, null, wire instanceof WireShape.AnyFunction);
  }
}

package dev.tlkit.bench.workload;

import dev.tlkit.runtime.TlIds;
import dev.tlkit.schema.Builtin;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One object of every constructor of a schema, written straight from the linked {@link Schema}
 * (not through generated code, so that the code under test does not make its own input). Every
 * optional field of the outer object and of what it holds two levels down is present, so each
 * flag and each optional field is on the wire at least once; deeper down, each boxed type takes its
 * constructor with the fewest fields and no optional ones, which keeps every object finite.
 * Values come from a counter, so the bytes are the same on every run. The constructors of {@code
 * Bool}, {@code True} and {@code Null}, which the TL standard declares and codecs treat as values
 * rather than objects, are left out.
 */
final class EveryConstructor {
  /** Nesting below which optional fields are filled and vectors hold one element. */
  private static final int FULL_DEPTH = 3;
  /** A schema whose smallest objects nest deeper than this is not one this program knows. */
  private static final int MAX_DEPTH = 40;

  private static final java.util.Set<String> VALUE_TYPES = java.util.Set.of("Bool", "True", "Null");

  private final Schema schema;
  private final Map<String, Combinator> simplest = new HashMap<>();
  private int counter;

  EveryConstructor(Schema schema) {
    this.schema = schema;
  }

  /** The bytes of one boxed object of each non-builtin constructor, in schema order. */
  List<byte[]> all() {
    List<byte[]> out = new ArrayList<>();
    for (Combinator c : schema.constructors()) {
      if (c.isBuiltin() || !c.typeParameters().isEmpty() || VALUE_TYPES.contains(c.resultTypeTl())) {
        continue;
      }
      Out o = new Out();
      o.writeInt(c.id());
      writeBody(o, c, 0);
      out.add(o.toByteArray());
    }
    return out;
  }

  private void writeBody(Out o, Combinator c, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException(c.name() + " nests deeper than " + MAX_DEPTH);
    }
    boolean full = depth < FULL_DEPTH;
    Map<String, Integer> flags = new HashMap<>();
    if (full) {
      for (Parameter p : c.parameters()) {
        if (p.condition() != null) {
          flags.merge(p.condition().field(), p.condition().mask(), (a, b) -> a | b);
        }
      }
    }
    for (Parameter p : c.parameters()) {
      if (p.isFlags()) {
        o.writeInt(flags.getOrDefault(p.name(), 0));
      } else if (p.condition() != null) {
        if (full && !p.isTrueFlag()) {
          writeValue(o, p.type(), depth);
        }
      } else {
        writeValue(o, p.type(), depth);
      }
    }
  }

  private void writeValue(Out o, TypeRef ref, int depth) {
    if (ref instanceof TypeRef.Nat) {
      o.writeInt(0);
      return;
    }
    TypeRef.Named n = (TypeRef.Named) ref;
    TypeRef.Target target = n.target();
    if (target instanceof TypeRef.Target.Scalar s) {
      writeBuiltin(o, s.builtin());
    } else if (target instanceof TypeRef.Target.Vector) {
      if (!n.bare()) {
        o.writeInt(TlIds.VECTOR);
      }
      int count = depth < FULL_DEPTH ? 1 : 0;
      o.writeInt(count);
      for (int i = 0; i < count; i++) {
        writeValue(o, n.args().get(0), depth + 1);
      }
    } else if (target instanceof TypeRef.Target.Boxed b) {
      Combinator c = pick(schema.type(b.typeKey()).orElseThrow(), depth);
      o.writeInt(c.id());
      writeBody(o, c, depth + 1);
    } else if (target instanceof TypeRef.Target.Bare b) {
      writeBody(o, schema.constructorByKey(b.constructorKey()).orElseThrow(), depth + 1);
    } else {
      throw new IllegalStateException("cannot make a value of " + n.toTl());
    }
  }

  private void writeBuiltin(Out o, Builtin b) {
    int v = ++counter;
    switch (b) {
      case INT -> o.writeInt(v);
      // Below 2^53, as real ids are: mtcute reads some longs (ids) as JavaScript numbers.
      case LONG -> o.writeLong(v * 0x1_0000_0003L);
      case DOUBLE -> o.writeLong(Double.doubleToRawLongBits(v + 0.5));
      case BOOL -> o.writeInt((v & 1) == 0 ? TlIds.BOOL_TRUE : TlIds.BOOL_FALSE);
      case STRING -> o.writeTlBytes(("text " + v).getBytes(StandardCharsets.UTF_8));
      case BYTES -> {
        byte[] bytes = new byte[v % 24];
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) (v * 31 + i);
        }
        o.writeTlBytes(bytes);
      }
      case INT128 -> o.writeRaw(16, v);
      case INT256 -> o.writeRaw(32, v);
      case TRUE -> { }
    }
  }

  /**
   * Near the top, the type's constructors in turn (so that a type seen often shows several); deeper
   * down, the one with the fewest fields.
   */
  private Combinator pick(TlType type, int depth) {
    List<Combinator> cs = type.constructors();
    if (depth < FULL_DEPTH - 1) {
      return cs.get(Math.floorMod(counter, cs.size()));
    }
    return simplest.computeIfAbsent(type.key(), k -> cs.stream()
        .min(Comparator.comparingInt((Combinator c) -> c.parameters().size()))
        .orElseThrow());
  }

  /** A little-endian byte sink. */
  private static final class Out extends ByteArrayOutputStream {
    void writeInt(int v) {
      write(v);
      write(v >>> 8);
      write(v >>> 16);
      write(v >>> 24);
    }

    void writeLong(long v) {
      writeInt((int) v);
      writeInt((int) (v >>> 32));
    }

    void writeRaw(int n, int seed) {
      for (int i = 0; i < n; i++) {
        write(seed * 17 + i);
      }
    }

    void writeTlBytes(byte[] b) {
      int header;
      if (b.length <= 253) {
        write(b.length);
        header = 1;
      } else {
        writeInt((b.length << 8) | 0xFE);
        header = 4;
      }
      write(b, 0, b.length);
      for (int i = (header + b.length) % 4; i != 0 && i < 4; i++) {
        write(0);
      }
    }
  }
}

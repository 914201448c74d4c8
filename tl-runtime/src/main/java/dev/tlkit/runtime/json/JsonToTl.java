package dev.tlkit.runtime.json;

import dev.tlkit.runtime.TlIds;
import dev.tlkit.runtime.TlWriter;
import dev.tlkit.runtime.json.JsonInput.Token;
import dev.tlkit.runtime.json.TlShapes.Definition;
import dev.tlkit.runtime.json.TlShapes.Field;
import dev.tlkit.runtime.json.TlShapes.Type;
import java.util.Arrays;

/**
 * Writes the TL bytes of a JSON value, driven by a schema's {@link TlShapes}: the reading half of
 * JSON. Turning the bytes into objects is left to the generated decoder ({@code Tl.decode}), so a
 * value read from JSON is checked exactly as one read from the wire, and nothing is built from JSON
 * that is not a whole valid value.
 *
 * <p>What it checks, each failure a {@link TlJsonException} with the JSON path, line and column:
 * every object names a constructor of the schema ({@code "_"} or {@code "@type"}) of the type its
 * place needs; every required field is present, no field appears twice, no field is unknown
 * (unless ignored); {@code #} fields are not given (they are computed from the fields present, as
 * MTProto's {@code bytes:int} before an {@code Object} is), and fields sharing a flag bit agree;
 * numbers fit their type ({@code int} 32 bits, {@code long} a decimal string of 64 bits); hex and
 * base64 are well-formed and {@code int128}/{@code int256} have 16/32 bytes; nesting and arrays
 * stay within {@link JsonReadOptions}.
 *
 * <p>Fields may come in any order, and the constructor's name anywhere in its object: the common
 * case, the name first and the fields in schema order (as tlkit and TDLib write them), is written
 * straight through; other orders cost a copy. Instances are immutable and may be shared.
 */
public final class JsonToTl {
  private final TlShapes shapes;
  private final JsonReadOptions options;

  /**
   * An encoder of a schema's JSON.
   *
   * @param shapes the schema's shapes
   * @param options the dialect and the limits
   */
  public JsonToTl(TlShapes shapes, JsonReadOptions options) {
    this.shapes = shapes;
    this.options = options;
  }

  /**
   * Returns the options this encoder reads with.
   *
   * @return the options
   */
  public JsonReadOptions options() {
    return options;
  }

  /**
   * Writes the boxed bytes of one JSON value, an object of any constructor or function of the
   * schema, which must be all of {@code input}.
   *
   * @param input the JSON tokens
   * @return the TL bytes: the constructor id, then the body
   * @throws TlJsonException if the JSON is not one value of the schema
   */
  public byte[] encode(JsonInput input) {
    return encode(input, shapes.anyObject);
  }

  /**
   * Writes the boxed bytes of one JSON value that must be a function of the schema: a request,
   * as {@code !X} takes it.
   *
   * @param input the JSON tokens
   * @return the TL bytes
   * @throws TlJsonException if the JSON is not one function of the schema
   */
  public byte[] encodeFunction(JsonInput input) {
    return encode(input, shapes.anyFunction);
  }

  /**
   * Writes the boxed bytes of one JSON value that must be of the Java class named {@code
   * javaSimpleName}: a generated record (that constructor or function only) or sealed interface
   * (its type's constructors).
   *
   * @param input the JSON tokens
   * @param javaSimpleName the class's simple name, such as {@code TypeMessage}
   * @return the TL bytes
   * @throws TlJsonException if the JSON is not one value of that class
   * @throws IllegalArgumentException if the schema has no such class
   */
  public byte[] encode(JsonInput input, String javaSimpleName) {
    return encode(input, shapes.javaTypeOrThrow(javaSimpleName));
  }

  private byte[] encode(JsonInput input, Type expected) {
    Workspace ws = WORKSPACE.get();
    if (ws.lent) {
      ws = new Workspace(); // an input that encodes while it is read: it gets one of its own
    }
    ws.lent = true;
    try {
      ws.out.rewind(0);
      Run run = new Run(input, ws);
      try {
        run.nextToken();
        run.value(expected);
        if (run.nextToken() != Token.END) {
          throw run.error("more JSON after the value");
        }
      } finally {
        ws.names = run.names();
        ws.indexes = run.indexes();
      }
      return ws.out.toByteArray();
    } finally {
      ws.lent = false;
      if (ws.out.buffer().length > KEPT) {
        ws.out = new TlWriter();
      }
    }
  }

  /** The largest output array a thread keeps between values, in bytes. */
  private static final int KEPT = 1 << 16;

  /**
   * Each thread's output and bookkeeping, kept from one value to the next: growing a new writer
   * and new arrays for every small value cost more than the encoding itself.
   */
  private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

  /** A growing writer and the arrays a {@link Run} works in. */
  private static final class Workspace {
    TlWriter out = new TlWriter();
    String[] names = new String[16];
    int[] indexes = new int[16];
    Scratch[] scratches = new Scratch[8];
    boolean lent;
  }

  /** One encoding: the input, the output and where in the JSON it is. */
  private final class Run extends JsonWalk {
    final TlWriter out;
    final Workspace ws;
    /** The bookkeeping of the object at each depth, kept from one object to the next. */
    Scratch[] scratches;

    Run(JsonInput in, Workspace ws) {
      super(JsonToTl.this.shapes, JsonToTl.this.options, in, ws.names, ws.indexes);
      this.ws = ws;
      this.out = ws.out;
      this.scratches = ws.scratches;
    }

    /** The cleared bookkeeping for an object of {@code n} fields at the current depth. */
    Scratch scratch(int n) {
      if (objectDepth >= scratches.length) {
        scratches = Arrays.copyOf(scratches, Math.max(objectDepth + 1, scratches.length * 2));
        ws.scratches = scratches;
      }
      Scratch s = scratches[objectDepth];
      if (s == null || s.from.length < n) {
        s = new Scratch(Math.max(n, 8));
        scratches[objectDepth] = s;
      }
      Arrays.fill(s.from, 0, n, -1);
      Arrays.fill(s.set, 0, n, false);
      Arrays.fill(s.seen, 0, n, false);
      return s;
    }

    /** Writes the value whose first token is the current one, leaving that value's last token current. */
    void value(Type type) {
      switch (type.kind) {
        case Type.INT, Type.NAT -> out.writeInt(int32());
        case Type.LONG -> out.writeLong(int64());
        case Type.INT53 -> out.writeLong(int53());
        case Type.DOUBLE -> out.writeDouble(float64());
        case Type.BOOL -> out.writeInt(bool() ? TlIds.BOOL_TRUE : TlIds.BOOL_FALSE);
        case Type.TRUE -> bool(); // a bare true: nothing on the wire
        case Type.STRING -> out.writeString(string("string"));
        case Type.BYTES -> {
          byte[] b = bytes("bytes", -1);
          out.writeBytes(b, 0, b.length);
        }
        case Type.RAW -> {
          byte[] b = bytes(type.describe(), type.width);
          out.writeRaw(b, 0, b.length);
        }
        case Type.VECTOR -> vector(type);
        case Type.NULLABLE -> {
          if (token == Token.NULL) {
            out.writeInt(TlIds.BOOL_FALSE);
          } else {
            out.writeInt(TlIds.BOOL_TRUE);
            value(type.element);
          }
        }
        case Type.BOXED, Type.BARE, Type.ANY_OBJECT, Type.ANY_FUNCTION, Type.EXACT -> object(type);
        default -> throw error("a computed field outside the object it counts for");
      }
    }

    void vector(Type type) {
      expectArray(type);
      if (!type.bare) {
        out.writeInt(TlIds.VECTOR);
      }
      int countAt = out.position();
      out.writeInt(0);
      int count = 0;
      while (nextToken() != Token.END_ARRAY) {
        element(count);
        value(type.element);
        levels--;
        count++;
      }
      out.writeIntAt(countAt, count);
    }

    void object(Type expected) {
      Definition d = openObject(expected);
      if (expected.kind != Type.BARE) {
        out.writeInt(d.id);
      }
      fields(d, levels == 0 && objectDepth == 1);
      objectDepth--;
    }

    /**
     * The fields of {@code d}, after its name: each written where it arrives, with 4 bytes kept
     * for every computed field before it; if they come out of order, the object is laid out again.
     */
    void fields(Definition d, boolean outermost) {
      Field[] fields = d.fields;
      int n = fields.length;
      int start = out.position();
      Scratch scratch = scratch(n);
      int[] from = scratch.from;
      int[] to = scratch.to;
      boolean[] set = scratch.set;
      int next = 0;
      boolean inOrder = true;
      while (nextToken() != Token.END_OBJECT) {
        int i = member(d, next, outermost, scratch.seen);
        if (i < 0) {
          continue;
        }
        Field f = fields[i];
        if (f.isTrueFlag()) {
          set[i] = bool();
          levels--;
          continue;
        }
        set[i] = true;
        if (inOrder && i < next) {
          inOrder = false;
        }
        if (inOrder) {
          for (; next < i; next++) {
            gap(fields[next], next, from, to);
          }
          next = i + 1;
        }
        from[i] = out.position();
        value(f.type);
        to[i] = out.position();
        levels--;
      }
      int[] flags = flags(d, set, scratch.flags);
      if (inOrder) {
        for (; next < n; next++) {
          gap(fields[next], next, from, to);
        }
        for (int i = 0; i < n; i++) {
          if (fields[i].type.kind == Type.FLAGS) {
            out.writeIntAt(from[i], flags[i]);
          } else if (fields[i].type.kind == Type.LENGTH) {
            out.writeIntAt(from[i], to[i + 1] - from[i + 1]);
          }
        }
      } else {
        relayout(d, start, from, to, flags);
      }
    }

    /**
     * Keeps 4 bytes for a field not given before one that comes after it: a computed field,
     * written once known, a {@code nat}, 0 unless given later (which makes the order another), or
     * an object that may be null, null ({@code boolFalse}) unless given later.
     */
    void gap(Field f, int i, int[] from, int[] to) {
      if (f.isComputed() || mayBeLeftOut(f.type) && from[i] < 0) {
        from[i] = out.position();
        out.writeInt(leftOut(f.type));
        to[i] = out.position();
      }
    }

    /** What a field that {@linkplain #mayBeLeftOut may be left out} is written as when it is. */
    static int leftOut(Type type) {
      return type.kind == Type.NULLABLE ? TlIds.BOOL_FALSE : 0;
    }

    /** Writes the fields again in schema order, from a copy of how they came. */
    void relayout(Definition d, int start, int[] from, int[] to, int[] flags) {
      int end = out.position();
      byte[] copy = Arrays.copyOfRange(out.buffer(), start, end);
      out.rewind(start);
      Field[] fields = d.fields;
      for (int i = 0; i < fields.length; i++) {
        int kind = fields[i].type.kind;
        if (kind == Type.FLAGS) {
          out.writeInt(flags[i]);
        } else if (kind == Type.LENGTH) {
          out.writeInt(to[i + 1] - from[i + 1]);
        } else if (from[i] >= 0 && !fields[i].isTrueFlag()) {
          out.writeRaw(copy, from[i] - start, to[i] - from[i]);
        } else if (mayBeLeftOut(fields[i].type)) {
          out.writeInt(leftOut(fields[i].type));
        }
      }
    }
  }

  /** Where each field of an object lies in the output, which are set and seen, the flags computed. */
  private static final class Scratch {
    final int[] from;
    final int[] to;
    final boolean[] set;
    final boolean[] seen;
    final int[] flags;

    Scratch(int n) {
      from = new int[n];
      to = new int[n];
      set = new boolean[n];
      seen = new boolean[n];
      flags = new int[n];
    }
  }
}

package dev.tlkit.runtime.json;

import dev.tlkit.runtime.TlIds;
import dev.tlkit.runtime.TlWriter;
import dev.tlkit.runtime.json.JsonInput.Token;
import dev.tlkit.runtime.json.TlShapes.Definition;
import dev.tlkit.runtime.json.TlShapes.Field;
import dev.tlkit.runtime.json.TlShapes.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    return encode(input, Type.of(Type.ANY_OBJECT));
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
    return encode(input, Type.of(Type.ANY_FUNCTION));
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
    Type type = shapes.javaType(javaSimpleName).orElseThrow(() -> new IllegalArgumentException(
        "the schema has no generated class " + javaSimpleName));
    return encode(input, type);
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
      run.nextToken();
      run.value(expected);
      if (run.nextToken() != Token.END) {
        throw run.error("more JSON after the value");
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
  private final class Run {
    final TlWriter out;
    final Workspace ws;
    JsonInput in;
    Token token;
    /** The path: a field name, or an array index (name null), per level. */
    String[] names;
    int[] indexes;
    int levels;
    int objectDepth;

    Run(JsonInput in, Workspace ws) {
      this.in = in;
      this.ws = ws;
      this.out = ws.out;
      this.names = ws.names;
      this.indexes = ws.indexes;
      this.scratches = ws.scratches;
    }

    /** The bookkeeping of the object at each depth, kept from one object to the next. */
    Scratch[] scratches;

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
      Arrays.fill(s.flags, 0, n, 0);
      return s;
    }

    Token nextToken() {
      if (in instanceof Replay r && r.exhausted()) {
        in = r.source;
      }
      try {
        token = in.next();
      } catch (TlJsonException e) {
        throw e.at(path());
      }
      return token;
    }

    void push(String name, int index) {
      if (levels == names.length) {
        names = Arrays.copyOf(names, levels * 2);
        indexes = Arrays.copyOf(indexes, levels * 2);
        ws.names = names;
        ws.indexes = indexes;
      }
      names[levels] = name;
      indexes[levels] = index;
      levels++;
    }

    String path() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < levels; i++) {
        if (names[i] == null) {
          b.append('[').append(indexes[i]).append(']');
        } else {
          if (b.length() > 0) {
            b.append('.');
          }
          b.append(names[i]);
        }
      }
      return b.toString();
    }

    TlJsonException error(String reason) {
      return new TlJsonException(path(), reason, in.line(), in.column());
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

    int int32() {
      String text = number("int");
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw error(text + " is not a 32-bit int");
      }
    }

    long int64() {
      if (token != Token.STRING) {
        throw error("expected a long as a decimal string, found " + found());
      }
      String text = in.text();
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw error("\"" + shorten(text) + "\" is not a 64-bit long");
      }
    }

    /** A number, as TDLib writes an int53; any 64-bit value reads, as TlJson writes any. */
    long int53() {
      String text = number("int53");
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw error(shorten(text) + " is not an integer of 64 bits at most");
      }
    }

    double float64() {
      if (token == Token.STRING) {
        // What TlJson writes for the doubles JSON numbers cannot hold.
        switch (in.text()) {
          case "NaN": return Double.NaN;
          case "Infinity": return Double.POSITIVE_INFINITY;
          case "-Infinity": return Double.NEGATIVE_INFINITY;
          default: throw error("expected a number for double, found " + found());
        }
      }
      String text = number("double");
      double d;
      try {
        d = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw error(text + " is not a double");
      }
      if (Double.isInfinite(d)) {
        throw error(shorten(text) + " is beyond the range of a double");
      }
      return d;
    }

    String number(String what) {
      if (token != Token.NUMBER) {
        throw error("expected a number for " + what + ", found " + found());
      }
      return in.text();
    }

    boolean bool() {
      if (token == Token.TRUE || token == Token.FALSE) {
        return token == Token.TRUE;
      }
      throw error("expected true or false, found " + found());
    }

    String string(String what) {
      if (token != Token.STRING) {
        throw error("expected a string for " + what + ", found " + found());
      }
      return in.text();
    }

    byte[] bytes(String what, int length) {
      String text = string(what);
      byte[] b;
      try {
        b = options.dialect().parseBytes(text);
      } catch (IllegalArgumentException e) {
        throw error("bad " + (options.dialect() == JsonDialect.TLKIT ? "hex" : "base64") + " for "
            + what + ": " + e.getMessage());
      }
      if (length >= 0 && b.length != length) {
        throw error(what + " needs " + length + " bytes, found " + b.length);
      }
      return b;
    }

    void vector(Type type) {
      if (token != Token.START_ARRAY) {
        throw error("expected an array for " + type.describe() + ", found " + found());
      }
      if (!type.bare) {
        out.writeInt(TlIds.VECTOR);
      }
      int countAt = out.position();
      out.writeInt(0);
      int count = 0;
      while (nextToken() != Token.END_ARRAY) {
        if (count == options.maxArrayLength()) {
          push(null, count);
          throw error("more than " + options.maxArrayLength() + " elements in an array");
        }
        push(null, count);
        value(type.element);
        levels--;
        count++;
      }
      out.writeIntAt(countAt, count);
    }

    void object(Type expected) {
      if (token != Token.START_OBJECT) {
        throw error("expected an object of " + expected.describe() + ", found " + found());
      }
      if (++objectDepth > options.maxDepth()) {
        throw error("objects nested deeper than " + options.maxDepth());
      }
      String typeKey = options.dialect().typeKey();
      String name;
      if (nextToken() == Token.NAME && in.text().equals(typeKey)) {
        if (nextToken() != Token.STRING) {
          throw error("expected the constructor's name as a string, found " + found());
        }
        name = in.text();
      } else if (token == Token.END_OBJECT) {
        throw error("the object has no \"" + typeKey + "\" naming its constructor");
      } else {
        // The name comes later: keep the members until it, then read them again.
        Replay replay;
        try {
          replay = Replay.record(in, token, typeKey);
        } catch (TlJsonException e) {
          throw e.at(path());
        }
        if (replay.typeName == null) {
          throw new TlJsonException(path(), "the object has no \"" + typeKey
              + "\" naming its constructor", replay.line, replay.column);
        }
        name = replay.typeName;
        in = replay;
      }
      Definition d = definition(expected, name);
      boolean boxed = expected.kind != Type.BARE;
      if (boxed) {
        out.writeInt(d.id);
      }
      fields(d, levels == 0 && objectDepth == 1);
      objectDepth--;
    }

    Definition definition(Type expected, String name) {
      String typeKey = expected.kind == Type.BOXED ? expected.name
          : expected.definition != null ? expected.definition.type : "";
      Definition d = expected.kind == Type.ANY_FUNCTION ? shapes.function(name)
          : shapes.constructor(name, typeKey);
      if (d == null && expected.kind == Type.ANY_OBJECT || expected.kind == Type.EXACT) {
        if (d == null) {
          d = shapes.function(name);
        }
      }
      if (d == null) {
        throw error("unknown " + (expected.kind == Type.ANY_FUNCTION ? "function " : "constructor ")
            + shorten(name));
      }
      boolean fits = switch (expected.kind) {
        case Type.BOXED -> !d.function && d.type.equals(expected.name);
        case Type.BARE, Type.EXACT -> d == expected.definition;
        default -> true;
      };
      if (!fits) {
        throw error("expected " + (expected.kind == Type.BOXED ? "a constructor of " : "")
            + expected.describe() + ", found " + d.name + (d.function ? " (a function)" : ""));
      }
      return d;
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
        String key = in.text();
        int i = field(d, next, key);
        if (i < 0 || fields[i].isComputed()) {
          if (i >= 0) {
            push(key, -1);
            throw error("a # field is computed from the fields present, not given");
          }
          if (outermost && key.equals("@extra") && options.dialect() == JsonDialect.TDLIB
              || options.ignoreUnknownFields()) {
            nextToken();
            skip();
            continue;
          }
          push(key, -1);
          throw error(d.name + " has no field " + shorten(key));
        }
        push(key, -1);
        // A true flag that is false is not set, but was seen: from is 0 for it then.
        if (set[i] || fields[i].isTrueFlag() && from[i] == 0) {
          throw error("the field appears twice");
        }
        set[i] = true;
        nextToken();
        Field f = fields[i];
        if (f.isTrueFlag()) {
          set[i] = bool();
          from[i] = 0;
          levels--;
          continue;
        }
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

    /**
     * A field that may be missing from the JSON without a flag: a {@code nat} (0), or an object
     * that may be null ({@code boolFalse}: left out, as TDLib leaves out what is null).
     */
    static boolean mayBeLeftOut(Type type) {
      return type.kind == Type.NAT || type.kind == Type.NULLABLE;
    }

    /** What a field that {@linkplain #mayBeLeftOut may be left out} is written as when it is. */
    static int leftOut(Type type) {
      return type.kind == Type.NULLABLE ? TlIds.BOOL_FALSE : 0;
    }

    /**
     * The index of the field named {@code key}, or -1. Fields mostly come in schema order, some
     * left out, and Jackson interns their names as the table's are: a look at the next few by
     * identity finds most before the name table is asked.
     */
    int field(Definition d, int next, String key) {
      Field[] fields = d.fields;
      for (int i = next, end = Math.min(fields.length, next + 8); i < end; i++) {
        if (fields[i].name == key) {
          return i;
        }
      }
      return d.field(key);
    }

    /** The value of each {@code #} field; checks that required fields are there. */
    int[] flags(Definition d, boolean[] set, int[] flags) {
      Field[] fields = d.fields;
      for (int i = 0; i < fields.length; i++) {
        Field f = fields[i];
        if (f.flagsIndex >= 0) {
          if (set[i]) {
            flags[f.flagsIndex] |= f.mask;
          }
        } else if (!set[i] && !f.isComputed() && !mayBeLeftOut(f.type)) {
          throw error("missing field " + f.name + " of " + d.name);
        }
      }
      for (int i = 0; i < fields.length; i++) {
        Field f = fields[i];
        if (f.flagsIndex >= 0 && !set[i] && (flags[f.flagsIndex] & f.mask) != 0) {
          push(f.name, -1);
          throw error("must be " + (f.isTrueFlag() ? "true" : "present") + ": another field of "
              + fields[f.flagsIndex].name + "." + Integer.numberOfTrailingZeros(f.mask) + " is set");
        }
      }
      return flags;
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

    /** Skips the value whose first token is current. */
    void skip() {
      int depth = 0;
      do {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case END -> throw error("the JSON ends inside a value");
          default -> { }
        }
        if (depth > options.maxDepth()) {
          throw error("nested deeper than " + options.maxDepth());
        }
      } while (depth > 0 && nextToken() != null);
    }

    String found() {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case STRING -> "the string \"" + shorten(in.text()) + "\"";
        case NUMBER -> "the number " + shorten(in.text());
        case TRUE -> "true";
        case FALSE -> "false";
        case NULL -> "null";
        case END -> "the end of the JSON";
        default -> token.name().toLowerCase(java.util.Locale.ROOT);
      };
    }
  }

  /** Where each field of an object lies in the output, which are set, the flags computed. */
  private static final class Scratch {
    final int[] from;
    final int[] to;
    final boolean[] set;
    final int[] flags;

    Scratch(int n) {
      from = new int[n];
      to = new int[n];
      set = new boolean[n];
      flags = new int[n];
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /**
   * The members of an object read ahead to find its constructor's name, given back token by token,
   * then the rest of the input.
   */
  private static final class Replay implements JsonInput {
    final JsonInput source;
    final List<Token> tokens = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<int[]> places = new ArrayList<>();
    String typeName;
    int line;
    int column;
    int at = -1;

    private Replay(JsonInput source) {
      this.source = source;
    }

    /** Reads the rest of the object whose first member's token is {@code first}. */
    static Replay record(JsonInput source, Token first, String typeKey) {
      Replay r = new Replay(source);
      int depth = 1;
      Token t = first;
      while (true) {
        r.line = source.line();
        r.column = source.column();
        if (t == Token.END) {
          throw new TlJsonException("", "the JSON ends inside an object", r.line, r.column);
        }
        if (depth == 1 && t == Token.NAME && source.text().equals(typeKey)) {
          Token value = source.next();
          if (value != Token.STRING || r.typeName != null) {
            throw new TlJsonException("", r.typeName != null ? "two \"" + typeKey + "\" members"
                : "expected the constructor's name as a string", source.line(), source.column());
          }
          r.typeName = source.text();
        } else {
          r.add(t, source);
          if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
            depth++;
          } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
            if (--depth == 0) {
              return r;
            }
          }
        }
        t = source.next();
      }
    }

    private void add(Token t, JsonInput source) {
      tokens.add(t);
      texts.add(t == Token.NAME || t == Token.STRING || t == Token.NUMBER ? source.text() : null);
      places.add(new int[] {source.line(), source.column()});
    }

    boolean exhausted() {
      return at == tokens.size() - 1;
    }

    @Override
    public Token next() {
      return tokens.get(++at);
    }

    @Override
    public String text() {
      return texts.get(at);
    }

    @Override
    public int line() {
      return at < 0 ? source.line() : places.get(at)[0];
    }

    @Override
    public int column() {
      return at < 0 ? source.column() : places.get(at)[1];
    }
  }
}

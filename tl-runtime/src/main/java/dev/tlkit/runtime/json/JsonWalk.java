package dev.tlkit.runtime.json;

import dev.tlkit.runtime.json.JsonInput.Token;
import dev.tlkit.runtime.json.TlShapes.Definition;
import dev.tlkit.runtime.json.TlShapes.Field;
import dev.tlkit.runtime.json.TlShapes.Type;
import java.util.Arrays;

/**
 * One walk over a JSON value by a schema's shapes: where it is (token, path, depth), its scalars
 * read and checked, and the object's name and members matched against the shapes. Both readers of
 * JSON stand on it, {@link JsonToTl} (TL bytes) and {@link JsonToObjects} (generated objects), so
 * that they accept the same JSON and refuse the rest with the same words.
 */
abstract class JsonWalk {
  final TlShapes shapes;
  final JsonReadOptions options;
  JsonInput in;
  Token token;
  /** The path: a field name, or an array index (name null), per level. */
  private String[] names;
  private int[] indexes;
  int levels;
  int objectDepth;

  JsonWalk(TlShapes shapes, JsonReadOptions options, JsonInput in, String[] names, int[] indexes) {
    this.shapes = shapes;
    this.options = options;
    this.in = in;
    this.names = names;
    this.indexes = indexes;
  }

  /** The path arrays, grown: kept by the caller for the next walk. */
  String[] names() {
    return names;
  }

  int[] indexes() {
    return indexes;
  }

  final Token nextToken() {
    if (in instanceof JsonReplay r && r.exhausted()) {
      in = r.source;
    }
    try {
      token = in.next();
    } catch (TlJsonException e) {
      throw e.at(path());
    }
    return token;
  }

  final void push(String name, int index) {
    if (levels == names.length) {
      names = Arrays.copyOf(names, levels * 2);
      indexes = Arrays.copyOf(indexes, levels * 2);
    }
    names[levels] = name;
    indexes[levels] = index;
    levels++;
  }

  final String path() {
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

  final TlJsonException error(String reason) {
    return new TlJsonException(path(), reason, in.line(), in.column());
  }

  final int int32() {
    expectNumber("int");
    try {
      return in.intValue();
    } catch (NumberFormatException e) {
      throw error(in.text() + " is not a 32-bit int");
    }
  }

  final long int64() {
    if (token != Token.STRING) {
      throw error("expected a long as a decimal string, found " + found());
    }
    try {
      return in.longText();
    } catch (NumberFormatException e) {
      throw error("\"" + shorten(in.text()) + "\" is not a 64-bit long");
    }
  }

  /** A number, as TDLib writes an int53; any 64-bit value reads, as TlJson writes any. */
  final long int53() {
    expectNumber("int53");
    try {
      return in.longValue();
    } catch (NumberFormatException e) {
      throw error(shorten(in.text()) + " is not an integer of 64 bits at most");
    }
  }

  final double float64() {
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

  private String number(String what) {
    expectNumber(what);
    return in.text();
  }

  private void expectNumber(String what) {
    if (token != Token.NUMBER) {
      throw error("expected a number for " + what + ", found " + found());
    }
  }

  final boolean bool() {
    if (token == Token.TRUE || token == Token.FALSE) {
      return token == Token.TRUE;
    }
    throw error("expected true or false, found " + found());
  }

  final String string(String what) {
    if (token != Token.STRING) {
      throw error("expected a string for " + what + ", found " + found());
    }
    return in.text();
  }

  /** Hex or base64 by the dialect; {@code length} bytes exactly unless it is -1. */
  final byte[] bytes(String what, int length) {
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

  /** Checks that the current token opens an array for {@code type}. */
  final void expectArray(Type type) {
    if (token != Token.START_ARRAY) {
      throw error("expected an array for " + type.describe() + ", found " + found());
    }
  }

  /** Before element {@code count} of an array: its place in the path, and the length's limit. */
  final void element(int count) {
    push(null, count);
    if (count == options.maxArrayLength()) {
      throw error("more than " + options.maxArrayLength() + " elements in an array");
    }
  }

  /**
   * Opens the object at the current token and finds its constructor: the name is mostly its first
   * member; where it comes later, the members before it are kept and given again. Leaves the
   * token before the first field current; {@link #objectDepth} counts the object.
   */
  final Definition openObject(Type expected) {
    if (token != Token.START_OBJECT) {
      throw error("expected an object of " + expected.describe() + ", found " + found());
    }
    if (++objectDepth > options.maxDepth()) {
      throw error("objects nested deeper than " + options.maxDepth());
    }
    String typeKey = options.dialect().typeKey();
    if (nextToken() == Token.NAME && in.text().equals(typeKey)) {
      if (nextToken() != Token.STRING) {
        throw error("expected the constructor's name as a string, found " + found());
      }
      // Mostly the name met last in this place; else found in the table. Either way by the
      // parser's chars: no string is made of the name.
      return definition(expected, in.textChars());
    } else if (token == Token.END_OBJECT) {
      throw error("the object has no \"" + typeKey + "\" naming its constructor");
    } else {
      JsonReplay replay;
      try {
        replay = JsonReplay.record(in, token, typeKey);
      } catch (TlJsonException e) {
        throw e.at(path());
      }
      if (replay.typeName == null) {
        throw new TlJsonException(path(), "the object has no \"" + typeKey
            + "\" naming its constructor", replay.line, replay.column);
      }
      in = replay;
      return definition(expected, replay.typeName);
    }
  }

  /**
   * The definition {@code name} stands for in {@code expected}, checked, and kept as the place's
   * last one.
   */
  private Definition definition(Type expected, CharSequence name) {
    Definition last = expected.lastNamed;
    if (last != null && last.name.contentEquals(name)) {
      return last;
    }
    Definition d = lookUp(expected, name);
    expected.lastNamed = d;
    return d;
  }

  /** The definition {@code name} stands for in a place of type {@code expected}, checked. */
  private Definition lookUp(Type expected, CharSequence name) {
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
          + shorten(name.toString()));
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
   * The field of {@code d} whose name is the current token, checked; -1 for a member skipped (an
   * unknown one ignored by the options, TDLib's outermost {@code "@extra"}), which is then behind.
   * On a field, its name is pushed on the path, it is marked seen, and its value's first token is
   * current.
   *
   * @param next where in schema order the field is likely to be
   * @param seen the fields met so far in this object
   */
  final int member(Definition d, int next, boolean outermost, boolean[] seen) {
    String key = in.text();
    int i = field(d, next, key);
    if (i < 0 || d.fields[i].isComputed()) {
      if (i >= 0) {
        push(key, -1);
        throw error("a # field is computed from the fields present, not given");
      }
      if (outermost && key.equals("@extra") && options.dialect() == JsonDialect.TDLIB
          || options.ignoreUnknownFields()) {
        nextToken();
        skip();
        return -1;
      }
      push(key, -1);
      throw error(d.name + " has no field " + shorten(key));
    }
    push(key, -1);
    if (seen[i]) {
      throw error("the field appears twice");
    }
    seen[i] = true;
    nextToken();
    return i;
  }

  /**
   * The index of the field named {@code key}, or -1. Fields mostly come in schema order, some
   * left out, and Jackson interns their names as the table's are: a look at the next few by
   * identity finds most before the name table is asked.
   */
  private static int field(Definition d, int next, String key) {
    Field[] fields = d.fields;
    for (int i = next, end = Math.min(fields.length, next + 8); i < end; i++) {
      if (fields[i].name == key) {
        return i;
      }
    }
    return d.field(key);
  }

  /** A field that {@linkplain Type#mayBeLeftOut may be missing} from the JSON without a flag. */
  static boolean mayBeLeftOut(Type type) {
    return type.mayBeLeftOut();
  }

  /**
   * The value of each {@code #} field, from the fields {@code set} (present, and true for a true
   * flag), in {@code flags} (which need not be cleared); checks that required fields are there and
   * that fields sharing a bit agree. Only the fields the definition lists for each check are
   * looked at.
   */
  final int[] flags(Definition d, boolean[] set, int[] flags) {
    Field[] fields = d.fields;
    for (int i : d.flagFields) {
      flags[i] = 0;
    }
    for (int i : d.conditional) {
      if (set[i]) {
        Field f = fields[i];
        flags[f.flagsIndex] |= f.mask;
      }
    }
    for (int i : d.required) {
      if (!set[i]) {
        throw error("missing field " + fields[i].name + " of " + d.name);
      }
    }
    if (d.sharesBits) {
      for (int i : d.conditional) {
        Field f = fields[i];
        if (!set[i] && (flags[f.flagsIndex] & f.mask) != 0) {
          push(f.name, -1);
          throw error("must be " + (f.isTrueFlag() ? "true" : "present") + ": another field of "
              + fields[f.flagsIndex].name + "." + Integer.numberOfTrailingZeros(f.mask) + " is set");
        }
      }
    }
    return flags;
  }

  /** Skips the value whose first token is current. */
  final void skip() {
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

  final String found() {
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

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}

package dev.tlkit.runtime.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of a schema's constructors and functions: for each its id, TL name, type and fields
 * with their TL types and flag bits. It is what the JSON reader needs to write TL bytes from JSON
 * and nothing more, read from a small text table that the generator writes next to the classes of
 * each generated package ({@code tl-shapes.txt}, a resource, so the generated code stays as it is)
 * and that {@code tlc encode --schema} builds from any schema.
 *
 * <p>The table has one definition a line, its parts separated by single spaces:
 *
 * <pre>
 * tlkit-shapes 1
 * t Peer TypePeer                          a boxed type and the Java interface standing for it
 * c 59511722 peerUser Peer PeerUser user_id:long
 * f 0d91a548 users.getUsers Vector&lt;User&gt; UsersGetUsers id:Vector&lt;InputUser&gt;
 * </pre>
 *
 * <p>A {@code c} (constructor) or {@code f} (function) line gives the id in hex, the TL name, the
 * type (for a function its result type, unused), the Java class or {@code -}, then the fields in
 * schema order as {@code name:type}, a conditional one as {@code name:flags.N?type}. A type is one
 * of {@code int long int53 double Bool string bytes true}, {@code raw16 raw32 raw64} (int128, int256,
 * int512), {@code #} (a flags field, computed from the fields present), {@code nat} (a {@code #}
 * no flag refers to: an int, 0 when absent), {@code @length} (MTProto's
 * {@code bytes:int} before an {@code Object}, computed too), {@code Vector<T>} or {@code vector<T>}
 * (boxed or bare), {@code nullable<T>} (TDLib's "may be null": a Bool, then T if true; null or
 * left out in JSON), {@code %name} (a bare constructor), {@code Object}, {@code !X} (any function)
 * or a boxed type's key ({@code InputPeer}, {@code mtproto:Message} for a scoped one).
 */
public final class TlShapes {
  /** The first line of every table: the format's name and version. */
  public static final String HEADER = "tlkit-shapes 1";

  /**
   * Constructors by name. A name may have several, of different scopes (MTProto's bare {@code
   * message} beside the API's): the unscoped one first, the others for the places that need them.
   */
  private final Map<String, List<Definition>> constructors = new HashMap<>();
  private final Map<String, Definition> functions = new HashMap<>();
  /** The same two, for the reader: found by a parser's chars. Made once the table is read. */
  private TlNames<Definition[]> constructorsByChars;
  private TlNames<Definition> functionsByChars;
  /** Java simple class name to what a value of that class is: for typed reading. */
  private final Map<String, Type> javaTypes = new HashMap<>();

  /** The place of a value of any constructor or function: the outermost one. */
  final Type anyObject = Type.of(Type.ANY_OBJECT);
  /** The place of a value of any function. */
  final Type anyFunction = Type.of(Type.ANY_FUNCTION);

  private TlShapes() {}

  /** What a field or a value is: one of the kinds below, with its parts. */
  static final class Type {
    static final int INT = 0;
    static final int LONG = 1;
    static final int DOUBLE = 2;
    static final int BOOL = 3;
    static final int STRING = 4;
    static final int BYTES = 5;
    static final int RAW = 6;
    static final int TRUE = 7;
    static final int FLAGS = 8;
    static final int LENGTH = 9;
    static final int VECTOR = 10;
    static final int BOXED = 11;
    static final int BARE = 12;
    static final int ANY_OBJECT = 13;
    static final int ANY_FUNCTION = 14;
    /** One given constructor or function, boxed: what a typed read of a record class expects. */
    static final int EXACT = 15;
    /** A {@code #} that no flag refers to: an int, 0 when absent (as it is written then). */
    static final int NAT = 16;
    /** TDLib's int53: a long on the wire, a JSON number. */
    static final int INT53 = 17;
    /** An object that may be null: a Bool on the wire, then the object if boolTrue. */
    static final int NULLABLE = 18;

    final int kind;
    /** RAW: the width in bytes. */
    final int width;
    /** VECTOR: the elements. */
    final Type element;
    /** VECTOR: bare (no id). */
    final boolean bare;
    /** BOXED: the type's key; BARE: the constructor's name, until resolved. */
    final String name;
    /** BARE and EXACT: the definition, once the table is read. */
    Definition definition;
    /**
     * The definition a value of this type last named: a field or a list holds the same
     * constructor again and again, and one comparison with its name finds it. Written by any
     * thread that reads, which is harmless: any definition found for this place is right for its
     * own name.
     */
    Definition lastNamed;

    Type(int kind, int width, Type element, boolean bare, String name) {
      this.kind = kind;
      this.width = width;
      this.element = element;
      this.bare = bare;
      this.name = name;
    }

    /**
     * Whether a field of this type may be missing from the JSON without a flag: a {@code nat}
     * (0), or an object that may be null (left out, as TDLib leaves out what is null).
     */
    boolean mayBeLeftOut() {
      return kind == NAT || kind == NULLABLE;
    }

    static Type of(int kind) {
      return new Type(kind, 0, null, false, null);
    }

    /** The type as the table writes it, for messages. */
    String describe() {
      return switch (kind) {
        case INT -> "int";
        case LONG -> "long";
        case INT53 -> "int53";
        case DOUBLE -> "double";
        case BOOL -> "Bool";
        case STRING -> "string";
        case BYTES -> "bytes";
        case RAW -> "int" + width * 8;
        case TRUE -> "true";
        case FLAGS -> "#";
        case LENGTH, NAT -> "int";
        case VECTOR -> (bare ? "vector<" : "Vector<") + element.describe() + ">";
        case NULLABLE -> element.describe() + " or null";
        case BOXED -> name;
        case BARE -> "%" + name;
        case ANY_OBJECT -> "Object";
        case ANY_FUNCTION -> "a function";
        default -> definition.name;
      };
    }
  }

  /** A field: its name, its type, and the flags field and bit it depends on, if any. */
  static final class Field {
    final String name;
    final Type type;
    /** The index of the flags field among the definition's fields, or -1. */
    final int flagsIndex;
    final int mask;

    Field(String name, Type type, int flagsIndex, int mask) {
      this.name = name;
      this.type = type;
      this.flagsIndex = flagsIndex;
      this.mask = mask;
    }

    boolean isTrueFlag() {
      return flagsIndex >= 0 && type.kind == Type.TRUE;
    }

    boolean isComputed() {
      return type.kind == Type.FLAGS || type.kind == Type.LENGTH;
    }
  }

  /** A constructor or a function. */
  static final class Definition {
    final int id;
    final String name;
    final boolean function;
    final String type;
    final String javaClass;
    final Field[] fields;
    /**
     * The fields a reader of JSON checks once an object's members are read, worked out once here
     * rather than by a look at every field of every object: the {@code #} fields, the fields that
     * depend on a flag, and those that must be given (neither of these, nor computed, nor {@link
     * Type#mayBeLeftOut}), each in schema order.
     */
    final int[] flagFields;
    final int[] conditional;
    final int[] required;
    /** The flags of {@code true}: given as false in JSON, such a field is not given. */
    final int[] trueFlags;
    /**
     * Whether two conditional fields depend on the same bit: only then can one be given and the
     * other not, which the reader refuses.
     */
    final boolean sharesBits;
    private final Map<String, Integer> index = new HashMap<>();

    Definition(int id, String name, boolean function, String type, String javaClass,
        Field[] fields) {
      this.id = id;
      this.name = name;
      this.function = function;
      this.type = type;
      this.javaClass = javaClass;
      this.fields = fields;
      List<Integer> flagFields = new ArrayList<>();
      List<Integer> conditional = new ArrayList<>();
      List<Integer> required = new ArrayList<>();
      List<Integer> trueFlags = new ArrayList<>();
      java.util.Set<Long> bits = new java.util.HashSet<>();
      boolean shares = false;
      for (int i = 0; i < fields.length; i++) {
        Field f = fields[i];
        index.put(f.name, i);
        if (f.type.kind == Type.FLAGS) {
          flagFields.add(i);
        } else if (f.flagsIndex >= 0) {
          conditional.add(i);
          if (f.isTrueFlag()) {
            trueFlags.add(i);
          }
          shares |= !bits.add((long) f.flagsIndex << 32 | f.mask & 0xffffffffL);
        } else if (!f.isComputed() && !f.type.mayBeLeftOut()) {
          required.add(i);
        }
      }
      this.flagFields = flagFields.stream().mapToInt(Integer::intValue).toArray();
      this.conditional = conditional.stream().mapToInt(Integer::intValue).toArray();
      this.required = required.stream().mapToInt(Integer::intValue).toArray();
      this.trueFlags = trueFlags.stream().mapToInt(Integer::intValue).toArray();
      this.sharesBits = shares;
    }

    /** The index of the field named so, or -1. */
    int field(String fieldName) {
      Integer i = index.get(fieldName);
      return i == null ? -1 : i;
    }
  }

  /**
   * Reads a table.
   *
   * @param text the table, as described above
   * @return the shapes
   * @throws IllegalArgumentException if the text is not such a table, naming the line
   */
  public static TlShapes parse(String text) {
    TlShapes shapes = new TlShapes();
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].equals(HEADER)) {
      throw new IllegalArgumentException("not a shape table: the first line is not '" + HEADER + "'");
    }
    List<Type> bare = new ArrayList<>();
    for (int n = 1; n < lines.length; n++) {
      String line = lines[n];
      if (line.isEmpty()) {
        continue;
      }
      try {
        shapes.definitionLine(line, bare);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("shape table line " + (n + 1) + ": " + e.getMessage()
            + ": " + line, e);
      }
    }
    for (Type t : bare) {
      List<Definition> named = shapes.constructors.get(t.name);
      // The table names a bare constructor by its TL name; of several, the scoped one is the one
      // only ever used bare (MTProto's message in msg_container).
      t.definition = named == null ? null : named.get(named.size() - 1);
      if (t.definition == null) {
        throw new IllegalArgumentException("shape table: no constructor " + t.name + " for %" + t.name);
      }
    }
    Map<String, Definition[]> byName = new java.util.LinkedHashMap<>();
    shapes.constructors.forEach((name, named) -> byName.put(name, named.toArray(new Definition[0])));
    shapes.constructorsByChars = new TlNames<>(byName);
    shapes.functionsByChars = new TlNames<>(shapes.functions);
    return shapes;
  }

  private void definitionLine(String line, List<Type> bare) {
    String[] parts = line.split(" ");
    if (parts[0].equals("t")) {
      if (parts.length != 3) {
        throw new IllegalArgumentException("a type line has a key and a Java name");
      }
      javaTypes.put(parts[2], new Type(Type.BOXED, 0, null, false, parts[1].intern()));
      return;
    }
    boolean function = parts[0].equals("f");
    if (!function && !parts[0].equals("c") || parts.length < 5) {
      throw new IllegalArgumentException("expected t, c or f and at least 5 parts");
    }
    int id = Integer.parseUnsignedInt(parts[1], 16);
    Field[] fields = new Field[parts.length - 5];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = field(parts[5 + i], fields, i, bare);
    }
    // Type keys interned: a place's type and a constructor's compare by identity first.
    Definition d = new Definition(id, parts[2], function, parts[3].intern(), parts[4], fields);
    if (function) {
      if (functions.put(d.name, d) != null) {
        throw new IllegalArgumentException("two functions named " + d.name);
      }
    } else {
      List<Definition> named = constructors.computeIfAbsent(d.name, k -> new ArrayList<>(1));
      if (d.type.indexOf(':') < 0) {
        named.add(0, d);
      } else {
        named.add(d);
      }
    }
    if (!d.javaClass.equals("-")) {
      Type exact = Type.of(Type.EXACT);
      exact.definition = d;
      javaTypes.put(d.javaClass, exact);
    }
  }

  private static Field field(String text, Field[] before, int count, List<Type> bare) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("a field is name:type, not " + text);
    }
    String name = text.substring(0, colon);
    String type = text.substring(colon + 1);
    int flagsIndex = -1;
    int mask = 0;
    int question = type.indexOf('?');
    if (question > 0) {
      String condition = type.substring(0, question);
      int dot = condition.lastIndexOf('.');
      String flags = condition.substring(0, dot);
      for (int i = 0; i < count; i++) {
        if (before[i].name.equals(flags) && before[i].type.kind == Type.FLAGS) {
          flagsIndex = i;
        }
      }
      if (flagsIndex < 0) {
        throw new IllegalArgumentException("no # field " + flags + " before " + name);
      }
      mask = 1 << Integer.parseInt(condition.substring(dot + 1));
      type = type.substring(question + 1);
    }
    // Interned as Jackson interns member names, so that the encoder compares them by identity first.
    return new Field(name.intern(), type(type, bare), flagsIndex, mask);
  }

  private static Type type(String text, List<Type> bare) {
    switch (text) {
      case "int": return Type.of(Type.INT);
      case "long": return Type.of(Type.LONG);
      case "int53": return Type.of(Type.INT53);
      case "double": return Type.of(Type.DOUBLE);
      case "Bool": return Type.of(Type.BOOL);
      case "string": return Type.of(Type.STRING);
      case "bytes": return Type.of(Type.BYTES);
      case "true": return Type.of(Type.TRUE);
      case "#": return Type.of(Type.FLAGS);
      case "nat": return Type.of(Type.NAT);
      case "@length": return Type.of(Type.LENGTH);
      case "Object": return Type.of(Type.ANY_OBJECT);
      case "raw16": return new Type(Type.RAW, 16, null, false, null);
      case "raw32": return new Type(Type.RAW, 32, null, false, null);
      case "raw64": return new Type(Type.RAW, 64, null, false, null);
      default: break;
    }
    if (text.startsWith("!")) {
      return Type.of(Type.ANY_FUNCTION);
    }
    if (text.startsWith("nullable<") && text.endsWith(">")) {
      return new Type(Type.NULLABLE, 0, type(text.substring(9, text.length() - 1), bare), false, null);
    }
    if ((text.startsWith("Vector<") || text.startsWith("vector<")) && text.endsWith(">")) {
      return new Type(Type.VECTOR, 0, type(text.substring(7, text.length() - 1), bare),
          text.charAt(0) == 'v', null);
    }
    if (text.startsWith("%")) {
      Type t = new Type(Type.BARE, 0, null, true, text.substring(1));
      bare.add(t);
      return t;
    }
    if (text.isEmpty() || text.indexOf('<') >= 0) {
      throw new IllegalArgumentException("unknown type " + text);
    }
    return new Type(Type.BOXED, 0, null, false, text.intern());
  }

  /**
   * The constructor named so, or null: of several, the one of the type {@code typeKey} if there
   * is one, else the unscoped one.
   */
  Definition constructor(CharSequence name, String typeKey) {
    Definition[] named = constructorsByChars.get(name);
    if (named == null) {
      return null;
    }
    if (named.length == 1) {
      return named[0]; // of the type, or the unscoped one: either way the one there is
    }
    for (Definition d : named) {
      if (d.type.equals(typeKey)) {
        return d;
      }
    }
    return named[0];
  }

  /** The function named so, or null. */
  Definition function(CharSequence name) {
    return functionsByChars.get(name);
  }

  /**
   * What a value of a generated Java class is, by the class's simple name: a record stands for its
   * constructor or function, a sealed interface for its boxed type.
   */
  Optional<Type> javaType(String simpleName) {
    return Optional.ofNullable(javaTypes.get(simpleName));
  }
  /**
   * What a value of a generated Java class is, for a reader asked for that class.
   *
   * @throws IllegalArgumentException if the schema has no such class
   */
  Type javaTypeOrThrow(String simpleName) {
    return javaType(simpleName).orElseThrow(() -> new IllegalArgumentException(
        "the schema has no generated class " + simpleName));
  }


  /**
   * Returns how many constructors and functions the table has.
   *
   * @return the count
   */
  public int size() {
    int n = functions.size();
    for (List<Definition> named : constructors.values()) {
      n += named.size();
    }
    return n;
  }
}

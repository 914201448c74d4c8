package dev.tlkit.codegen;

import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The naming scheme: every name a user of the generated code sees (classes, interfaces, components,
 * accessors and setters) comes from here, so the rules live in one place and the guide's table can
 * be checked against the tests of this class. The names of locals inside generated methods are not
 * the user's business: {@link JavaRecord} allocates them with JavaPoet's {@code NameAllocator},
 * clear of the components'.
 *
 * <ul>
 *   <li>A constructor or function is a class named by its TL name in PascalCase, namespace first:
 *       {@code phone.requestCall} is {@code PhoneRequestCall}, {@code p_q_inner_data} is
 *       {@code PQInnerData}, {@code liteServer.signatureSet.ordinary} is
 *       {@code LiteServerSignatureSetOrdinary}.
 *   <li>A boxed type with more than one constructor is a sealed interface named {@code Type} + the
 *       PascalCase type name: {@code InputPeer} is {@code TypeInputPeer}, {@code messages.Messages} is
 *       {@code TypeMessagesMessages}. So the type {@code User} and its constructor {@code user}
 *       ({@code User}) never collide. A type with one constructor is that constructor's class.
 *   <li>A definition that a later schema file redefines under its own scope (MTProto's
 *       {@code message}) is prefixed with the scope: {@code MtprotoMessage}.
 *   <li>A field is its TL name in camelCase: {@code g_a_hash} is {@code gAHash}. Java keywords,
 *       {@code var}/{@code yield}/{@code record}-style restricted words, and names of the methods
 *       every generated class has ({@code toBytes}, {@code builder}, {@code hashCode}, ...) get a
 *       trailing underscore: {@code default_}, {@code long_}. A field whose name is still taken in
 *       its class gets {@code _} and its position.
 *   <li>Class names that are also {@code java.lang} names ({@code Error}, {@code Object}) are kept;
 *       the generator then writes {@code java.lang} references to them fully qualified.
 *   <li>Two definitions with the same class name, or one named like a class the generator itself
 *       emits ({@code Tl}), cannot be resolved: generation fails naming both.
 * </ul>
 */
public final class JavaNames {

  /** Classes the generator emits besides the definitions. */
  public static final String DISPATCH_CLASS = "Tl";

  /**
   * The interface every generated object implements, through its type's sealed interface or
   * directly: it names the object from {@link #DISPATCH_CLASS}, said once for the package.
   */
  public static final String OBJECT_INTERFACE = "SchemaObject";

  /** The error catalogue, generated when the docs have one. */
  public static final String ERRORS_CLASS = "RpcErrors";

  /** The class that reads what earlier layers wrote, generated where a schema has them. */
  public static final String OLDER_LAYERS_CLASS = "OlderLayers";

  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
      "native", "new", "package", "private", "protected", "public", "return", "short", "static",
      "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
      "void", "volatile", "while", "true", "false", "null", "_",
      // Restricted identifiers: legal in some places, confusing or illegal in others.
      "var", "yield", "record", "sealed", "permits", "non-sealed", "exports", "module", "open",
      "opens", "provides", "requires", "to", "transitive", "uses", "with");

  /** Methods every generated class declares or inherits: a field accessor may not take them. */
  private static final Set<String> MEMBER_NAMES = Set.of(
      "builder", "toBuilder", "toBytes", "constructorId", "tlName", "writeBare",
      "serialize", "serializedSize", "visitFields", "decode", "decodeBare", "decodeResult", "fromJson",
      "hashCode", "equals", "toString", "getClass", "notify", "notifyAll", "wait", "clone",
      "finalize", "build", "ID");

  /**
   * {@code java.lang} names generated code refers to. A generated class of one of these names
   * forces fully qualified references to the {@code java.lang} one.
   */
  public static final Set<String> JAVA_LANG_USED = Set.of(
      "Object", "String", "Integer", "Long", "Double", "Boolean", "Override", "SuppressWarnings",
      "IllegalStateException", "IllegalArgumentException", "NullPointerException", "StringBuilder",
      "Math", "Error", "Exception", "RuntimeException", "Class", "Record", "Deprecated",
      "FunctionalInterface", "SafeVarargs", "Character", "Byte", "Short", "Float", "Number", "Void",
      "System", "Iterable", "Comparable", "Enum", "Thread", "Runnable");

  private final Map<String, String> classByCombinatorKey = new HashMap<>();
  private final Map<String, String> interfaceByTypeKey = new HashMap<>();
  private final boolean errorCatalogue;
  private final NamingRules rules;

  private JavaNames(boolean errorCatalogue, NamingRules rules) {
    this.errorCatalogue = errorCatalogue;
    this.rules = rules;
  }

  /**
   * Names every definition and type of the schema by {@code rules}, or fails with every clash and
   * every name that is not a Java identifier.
   *
   * @throws GenerationException if two definitions get the same class name
   */
  public static JavaNames of(Schema schema, boolean errorCatalogue, NamingRules rules) {
    return of(schema, errorCatalogue, false, rules);
  }

  /** As {@link #of(Schema, boolean, NamingRules)}, with {@link #OLDER_LAYERS_CLASS} taken if {@code history}. */
  static JavaNames of(Schema schema, boolean errorCatalogue, boolean history, NamingRules rules) {
    JavaNames names = new JavaNames(errorCatalogue, rules);
    // Sorted map: the first owner of a name is the one earlier in the schema, deterministically.
    Map<String, String> owners = new TreeMap<>();
    owners.put(DISPATCH_CLASS.toLowerCase(Locale.ROOT), "the generated dispatcher class " + DISPATCH_CLASS);
    owners.put(OBJECT_INTERFACE.toLowerCase(Locale.ROOT), "the generated interface " + OBJECT_INTERFACE);
    if (errorCatalogue) {
      owners.put(ERRORS_CLASS.toLowerCase(Locale.ROOT), "the generated error catalogue " + ERRORS_CLASS);
    }
    if (history) {
      owners.put(OLDER_LAYERS_CLASS.toLowerCase(Locale.ROOT), "the generated class " + OLDER_LAYERS_CLASS);
    }
    List<String> clashes = new ArrayList<>();
    List<Combinator> all = new ArrayList<>(schema.constructors());
    all.addAll(schema.functions());
    for (Combinator c : all) {
      if (c.isBuiltin()) {
        continue;
      }
      String javaName = rules.className(c);
      checkIdentifier(clashes, javaName, describe(c));
      claim(owners, clashes, javaName, describe(c));
      names.classByCombinatorKey.put(c.key(), javaName);
    }
    for (TlType t : schema.types()) {
      if (t.constructors().size() > 1) {
        String javaName = rules.interfaceName(t);
        String what = "type " + t.name() + " (" + t.constructors().get(0).location() + ")";
        checkIdentifier(clashes, javaName, what);
        claim(owners, clashes, javaName, what);
        names.interfaceByTypeKey.put(t.key(), javaName);
      }
    }
    if (!clashes.isEmpty()) {
      throw new GenerationException(clashes);
    }
    return names;
  }

  private static String describe(Combinator c) {
    return (c.isFunction() ? "function " : "constructor ") + c.name() + " (" + c.location() + ")";
  }

  private static void checkIdentifier(List<String> problems, String javaName, String what) {
    if (javaName == null || !javax.lang.model.SourceVersion.isIdentifier(javaName)
        || KEYWORDS.contains(javaName)) {
      problems.add("class name '" + javaName + "' of " + what + " is not a Java identifier");
    }
  }

  private static void claim(Map<String, String> owners, List<String> clashes, String javaName, String what) {
    String previous = owners.putIfAbsent(javaName.toLowerCase(Locale.ROOT), what);
    if (previous != null) {
      // Compared without case: two files differing only in case collide on macOS and Windows.
      clashes.add("class name " + javaName + " of " + what + " clashes with " + previous);
    }
  }

  /** The class of a (non-builtin) constructor or function. */
  public String className(Combinator c) {
    String name = classByCombinatorKey.get(c.key());
    if (name == null) {
      throw new IllegalArgumentException("no class for " + c.name());
    }
    return name;
  }

  /** The sealed interface of a type with several constructors, or null for one constructor. */
  public String interfaceName(TlType type) {
    return interfaceByTypeKey.get(type.key());
  }

  /** Every class name this schema generates, for clash checks against {@code java.lang}. */
  public Set<String> allNames() {
    Set<String> all = new java.util.HashSet<>(classByCombinatorKey.values());
    all.addAll(interfaceByTypeKey.values());
    all.add(DISPATCH_CLASS);
    all.add(OBJECT_INTERFACE);
    if (errorCatalogue) {
      all.add(ERRORS_CLASS);
    }
    return all;
  }

  /**
   * The Java names of a combinator's parameters ({@code #} fields too, which name locals), by TL
   * name, in order, each unique within the class, by this scheme's rules.
   *
   * @throws GenerationException if a rule gives a name that is not a Java identifier
   */
  public Map<String, String> componentNames(Combinator c) {
    return componentNames(c, rules);
  }

  private static Map<String, String> componentNames(Combinator c, NamingRules rules) {
    Map<String, String> result = new LinkedHashMap<>();
    Set<String> taken = new java.util.HashSet<>();
    int position = 0;
    for (Parameter p : c.parameters()) {
      position++;
      String wanted = rules.componentName(p.name());
      if (wanted == null || !javax.lang.model.SourceVersion.isIdentifier(wanted)) {
        throw new GenerationException(List.of("component name '" + wanted + "' of parameter "
            + p.name() + " of " + describe(c) + " is not a Java identifier"));
      }
      String name = escape(wanted);
      if (!taken.add(name)) {
        name = name + "_" + position;
        taken.add(name);
      }
      result.put(p.name(), name);
    }
    return result;
  }

  /** {@code g_a_hash} gives {@code gAHash}; {@code default} gives {@code default_}. */
  public static String fieldName(String tlName) {
    return escape(camel(tlName));
  }

  /**
   * An identifier as a component name that compiles and takes no generated method's name: a
   * keyword or such a method's name gets a trailing underscore.
   */
  private static String escape(String name) {
    return KEYWORDS.contains(name) || MEMBER_NAMES.contains(name) ? name + "_" : name;
  }

  /** {@code phone.requestCall} gives {@code PhoneRequestCall}; {@code p_q_inner_data} gives {@code PQInnerData}. */
  public static String pascal(String tlName) {
    StringBuilder sb = new StringBuilder();
    for (String part : tlName.split("[._]")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    return sb.toString();
  }

  /** {@code user_id} gives {@code userId}; {@code srp_B} gives {@code srpB}. */
  public static String camel(String tlName) {
    String pascal = pascal(tlName);
    if (pascal.isEmpty()) {
      return "_" + Math.abs(tlName.hashCode());
    }
    String result = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    return Character.isJavaIdentifierStart(result.charAt(0)) ? result : "_" + result;
  }
}

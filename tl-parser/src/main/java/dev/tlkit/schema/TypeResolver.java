package dev.tlkit.schema;

import dev.tlkit.schema.syntax.TypeElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the types written in one definition to {@link TypeRef}s, reporting what does not
 * resolve. The rules, in order:
 *
 * <ol>
 *   <li>a name declared as {@code {X:Type}} in the definition is the type variable X;
 *   <li>{@code int long double string bytes int128 int256 Bool true} are {@link Builtin}s, even
 *       where the schema declares them ({@code int ? = Int}, {@code boolTrue = Bool}), and so are
 *       TDLib's {@code int32} ({@code int}), {@code int53} and {@code int64} ({@code long});
 *   <li>{@code Vector<T>} and {@code vector<T>} are vectors (bare iff lower-case); {@code Object}
 *       is any boxed object;
 *   <li>{@code %Name} is the single constructor of the type Name, used bare;
 *   <li>a capitalized name is the boxed type some constructor produces; a lower-case name is that
 *       constructor used bare ({@code tonNode.blockIdExt}); the definitions of the file's own scope
 *       come first (see {@link Linker});
 *   <li>a name only a builtin declaration makes known is resolved through it: {@code Int} like
 *       {@code int}; {@code object}, {@code function} and {@code Function} (TON) as
 *       {@link TypeRef.Target.AnyObject}; a builtin outside {@link Builtin}, such as TDLib's
 *       {@code int512 16*[ int ] = Int512}, as a {@link TypeRef.Target.Bare} whose
 *       combinator {@link Combinator#isBuiltin() is builtin}.
 * </ol>
 */
final class TypeResolver {
  private static final Map<String, Builtin> BUILTINS = builtins();

  private static Map<String, Builtin> builtins() {
    Map<String, Builtin> names = new java.util.HashMap<>();
    for (Builtin b : Builtin.values()) {
      names.put(b.tlName(), b);
    }
    // TDLib's td_api.tl names its integers by width.
    names.put("int32", Builtin.INT);
    names.put("int64", Builtin.LONG);
    return Map.copyOf(names);
  }

  private final SymbolTable symbols;
  private final ErrorCollector errors;
  private final String scope;
  private final Map<String, String> typeVariables;
  private final Set<String> quietNames;

  /**
   * @param scope the scope of the file the definition is in ("" for none)
   * @param typeVariables the definition's {@code {X:Type}} names and kinds
   * @param quietNames names not to report as unknown: a syntax error already covers them
   */
  TypeResolver(SymbolTable symbols, ErrorCollector errors, String scope,
      Map<String, String> typeVariables, Set<String> quietNames) {
    this.symbols = symbols;
    this.errors = errors;
    this.scope = scope;
    this.typeVariables = typeVariables;
    this.quietNames = quietNames;
  }

  TypeRef resolve(TypeElement element) {
    if (element instanceof TypeElement.Nat) {
      return new TypeRef.Nat();
    }
    if (element instanceof TypeElement.Bang bang) {
      if (!"Type".equals(typeVariables.get(bang.name()))) {
        errors.error(bang.location(), "'!" + bang.name() + "' needs a type variable declared as {"
            + bang.name() + ":Type} before the parameters");
      }
      return new TypeRef.Var(bang.name(), true);
    }
    return resolveNamed((TypeElement.Named) element);
  }

  private TypeRef resolveNamed(TypeElement.Named named) {
    String name = named.name();
    if (!named.percent() && typeVariables.containsKey(name)) {
      if (!named.args().isEmpty()) {
        errors.error(named.location(), "type variable '" + name + "' takes no type arguments");
      }
      return new TypeRef.Var(name, false);
    }
    List<TypeRef> args = new ArrayList<>(named.args().size());
    for (TypeElement arg : named.args()) {
      args.add(resolve(arg));
    }
    TypeRef.Target target = target(named);
    if (target != null) {
      checkArity(named, target);
    } else {
      // The error is reported, and a schema with errors is never made: what stands here is
      // never read.
      target = TypeRef.Target.object();
    }
    boolean bare = named.percent() || Names.isBareName(name);
    return new TypeRef.Named(name, bare, named.percent(), args, target);
  }

  /** What {@code named} resolves to, or null when it does not, reported. */
  private TypeRef.Target target(TypeElement.Named named) {
    String name = named.name();
    if (name.equals("Type")) {
      errors.error(named.location(),
          "'Type' can only be the kind of a type variable, as in {X:Type}");
      return null;
    }
    if (named.percent()) {
      SymbolTable.TypeInfo type = symbols.type(name, scope);
      if (type != null) {
        return singleConstructor(named, type);
      }
    }
    Builtin builtin = BUILTINS.get(name);
    if (builtin != null) {
      return TypeRef.Target.builtin(builtin);
    }
    if (name.equals("Vector") || name.equals("vector")) {
      return TypeRef.Target.vector();
    }
    if (name.equals("Object")) {
      return TypeRef.Target.object();
    }
    if (Names.isBareName(name)) {
      SymbolTable.Declared constructor = symbols.constructor(name, scope);
      if (constructor != null) {
        return TypeRef.Target.constructor(constructor.key());
      }
    } else {
      SymbolTable.TypeInfo type = symbols.type(name, scope);
      if (type != null) {
        return TypeRef.Target.type(type.key());
      }
    }
    SymbolTable.Declared declaration = symbols.builtinDeclaration(name);
    if (declaration != null) {
      return throughBuiltinDeclaration(declaration);
    }
    reportUnknown(named);
    return null;
  }

  private TypeRef.Target singleConstructor(TypeElement.Named named, SymbolTable.TypeInfo type) {
    List<SymbolTable.Declared> constructors = type.constructors();
    if (constructors.size() == 1) {
      return TypeRef.Target.constructor(constructors.get(0).key());
    }
    String names = constructors.stream().limit(4).map(d -> d.element().name())
        .collect(Collectors.joining(", ")) + (constructors.size() > 4 ? ", ..." : "");
    errors.error(named.location(), "'%" + named.name() + "' needs a type with exactly one "
        + "constructor, but '" + named.name() + "' has " + constructors.size() + ": " + names);
    return null;
  }

  private static TypeRef.Target throughBuiltinDeclaration(SymbolTable.Declared declaration) {
    String declared = declaration.element().name();
    Builtin builtin = BUILTINS.get(declared);
    if (builtin != null) {
      return TypeRef.Target.builtin(builtin);
    }
    if (declared.equals("object") || declared.equals("function")) {
      return TypeRef.Target.object();
    }
    return TypeRef.Target.constructor(declaration.key());
  }

  private void checkArity(TypeElement.Named named, TypeRef.Target target) {
    int found = named.args().size();
    int expected = target instanceof TypeRef.Target.Vector ? 1
        : target instanceof TypeRef.Target.Boxed ? symbols.type(named.name(), scope).arity()
        : 0;
    if (found != expected) {
      String takes = expected == 0 ? "takes no type arguments"
          : expected == 1 ? "takes exactly 1 type argument"
          : "takes exactly " + expected + " type arguments";
      errors.error(named.location(), "'" + named.name() + "' " + takes + ", found " + found);
    }
  }

  private void reportUnknown(TypeElement.Named named) {
    String name = named.name();
    if (quietNames.contains(name)) {
      return;
    }
    String message = "unknown type '" + (named.percent() ? "%" : "") + name + "'";
    if (name.length() == 1 && Character.isUpperCase(name.charAt(0))) {
      message += "; a type variable must be declared first, as in {" + name + ":Type}";
    } else {
      message += NameSuggestions.closest(name, symbols.visibleNames(scope))
          .map(s -> "; did you mean '" + s + "'?").orElse("");
    }
    errors.error(named.location(), message);
  }
}

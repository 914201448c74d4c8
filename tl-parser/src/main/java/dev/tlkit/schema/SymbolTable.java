package dev.tlkit.schema;

import dev.tlkit.schema.syntax.CombinatorElement;
import dev.tlkit.schema.syntax.TlFileElement;
import dev.tlkit.schema.syntax.TypeElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the declared definitions make known, for resolving names: constructors and the boxed types
 * they produce, globally and per scope, and the builtin declarations. Built once by the
 * {@link Linker} from all files, before any reference is resolved, so that a name may be used
 * before (or in another file than) its definition.
 */
final class SymbolTable {

  /** A definition that takes part in the schema, with the scope it was given. */
  record Declared(CombinatorElement element, String scope, TlFileElement file) {
    String key() {
      return scope.isEmpty() ? element.name() : scope + ":" + element.name();
    }
  }

  /** A boxed type and its constructors, in schema order. */
  record TypeInfo(String name, String scope, List<Declared> constructors) {
    String key() {
      return scope.isEmpty() ? name : scope + ":" + name;
    }

    /** Number of type arguments, from the first constructor's result ({@code = Maybe t}: 1). */
    int arity() {
      return ((TypeElement.Named) constructors.get(0).element().resultType()).args().size();
    }
  }

  private final Map<String, Declared> constructors = new HashMap<>();
  private final Map<String, Map<String, Declared>> scopedConstructors = new HashMap<>();
  private final Map<String, TypeInfo> types = new LinkedHashMap<>();
  private final Map<String, Map<String, TypeInfo>> scopedTypes = new HashMap<>();
  private final Map<String, Declared> builtinDeclarations = new HashMap<>();
  /** Every type in order of its first constructor, scoped ones included. */
  private final Map<String, TypeInfo> typesByKey = new LinkedHashMap<>();

  /**
   * Adds a constructor (a definition of a type section). {@code typeName} is the boxed type it
   * produces, or null for builtins and for constructors whose result is not a boxed name.
   */
  void addConstructor(Declared declared, String typeName) {
    CombinatorElement element = declared.element();
    if (element.isBuiltin()) {
      builtinDeclarations.putIfAbsent(element.name(), declared);
      if (element.resultType() instanceof TypeElement.Named result) {
        builtinDeclarations.putIfAbsent(result.name(), declared);
      }
      return;
    }
    if (declared.scope().isEmpty()) {
      constructors.putIfAbsent(element.name(), declared);
    } else {
      scopedConstructors.computeIfAbsent(declared.scope(), s -> new HashMap<>())
          .putIfAbsent(element.name(), declared);
    }
    if (typeName == null) {
      return;
    }
    Map<String, TypeInfo> table = declared.scope().isEmpty()
        ? types : scopedTypes.computeIfAbsent(declared.scope(), s -> new HashMap<>());
    TypeInfo type = table.computeIfAbsent(
        typeName, n -> new TypeInfo(n, declared.scope(), new ArrayList<>()));
    type.constructors().add(declared);
    typesByKey.putIfAbsent(type.key(), type);
  }

  /** A boxed type, looked up in {@code scope} first, then globally; null if none. */
  TypeInfo type(String name, String scope) {
    Map<String, TypeInfo> scoped = scopedTypes.get(scope);
    TypeInfo type = scoped == null ? null : scoped.get(name);
    return type != null ? type : types.get(name);
  }

  /** A non-builtin constructor, looked up in {@code scope} first, then globally; null if none. */
  Declared constructor(String name, String scope) {
    Map<String, Declared> scoped = scopedConstructors.get(scope);
    Declared constructor = scoped == null ? null : scoped.get(name);
    return constructor != null ? constructor : constructors.get(name);
  }

  /** The builtin declaration named {@code name} or producing {@code name} (int ? = Int). */
  Declared builtinDeclaration(String name) {
    return builtinDeclarations.get(name);
  }

  /** All types, in order of first appearance; their constructors in schema order. */
  List<TypeInfo> types() {
    return List.copyOf(typesByKey.values());
  }

  /** Names visible from {@code scope}, for "did you mean" suggestions. */
  Set<String> visibleNames(String scope) {
    Set<String> names = new LinkedHashSet<>();
    for (Builtin b : Builtin.values()) {
      names.add(b.tlName());
    }
    names.addAll(List.of("Vector", "vector", "Object"));
    names.addAll(types.keySet());
    names.addAll(constructors.keySet());
    names.addAll(builtinDeclarations.keySet());
    names.addAll(scopedTypes.getOrDefault(scope, Map.of()).keySet());
    names.addAll(scopedConstructors.getOrDefault(scope, Map.of()).keySet());
    return names;
  }
}

package dev.tlkit.site;

import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.FunctionError;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What refers to what, as Telethon's pages list it: for each type, the functions returning it,
 * the functions taking it as a parameter and the constructors (and so types) containing it; for
 * each error, the functions that may answer it. A bare constructor ({@code %Message}) counts as a
 * mention of its type. Lists are in schema order.
 */
final class CrossReferences {
  private final Map<String, Set<Combinator>> returning = new HashMap<>();
  private final Map<String, Set<Combinator>> taking = new HashMap<>();
  private final Map<String, Set<Combinator>> containing = new HashMap<>();
  private final Map<String, Set<Combinator>> answering = new HashMap<>();
  private final Map<String, TlType> typeOfConstructor = new HashMap<>();

  CrossReferences(Schema schema, ApiDocs docs) {
    for (TlType t : schema.types()) {
      t.constructors().forEach(c -> typeOfConstructor.put(c.key(), t));
    }
    for (Combinator f : schema.functions()) {
      if (f.isBuiltin()) {
        continue;
      }
      for (String key : mentioned(f.resultType())) {
        returning.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f);
      }
      for (Parameter p : f.parameters()) {
        for (String key : mentioned(p.type())) {
          taking.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f);
        }
      }
      for (FunctionError e : docs.definition(f.key()).errors()) {
        answering.computeIfAbsent(e.name(), k -> new LinkedHashSet<>()).add(f);
      }
    }
    for (Combinator c : schema.constructors()) {
      if (c.isBuiltin()) {
        continue;
      }
      for (Parameter p : c.parameters()) {
        for (String key : mentioned(p.type())) {
          containing.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c);
        }
      }
    }
  }

  /** The keys of the types a reference mentions, through vectors and bare constructors. */
  private List<String> mentioned(TypeRef ref) {
    List<String> keys = new ArrayList<>();
    if (ref instanceof TypeRef.Named n) {
      if (n.target() instanceof TypeRef.Target.Boxed b) {
        keys.add(b.typeKey());
      } else if (n.target() instanceof TypeRef.Target.Bare b) {
        TlType t = typeOfConstructor.get(b.constructorKey());
        if (t != null) {
          keys.add(t.key());
        }
      }
      n.args().forEach(a -> keys.addAll(mentioned(a)));
    }
    return keys;
  }

  List<Combinator> returning(TlType t) {
    return List.copyOf(returning.getOrDefault(t.key(), Set.of()));
  }

  List<Combinator> taking(TlType t) {
    return List.copyOf(taking.getOrDefault(t.key(), Set.of()));
  }

  /** The constructors with a field of type {@code t}. */
  List<Combinator> containing(TlType t) {
    return List.copyOf(containing.getOrDefault(t.key(), Set.of()));
  }

  /** The types of the constructors containing {@code t}. */
  List<TlType> typesContaining(TlType t) {
    Set<TlType> types = new LinkedHashSet<>();
    for (Combinator c : containing(t)) {
      TlType owner = typeOfConstructor.get(c.key());
      if (owner != null) {
        types.add(owner);
      }
    }
    return List.copyOf(types);
  }

  /** The functions whose documentation lists the error. */
  List<Combinator> answering(String error) {
    return List.copyOf(answering.getOrDefault(error, Set.of()));
  }

  /** The type a constructor builds. */
  TlType typeOf(Combinator c) {
    return typeOfConstructor.get(c.key());
  }

  /** Every error some function names, catalogued or not. */
  Set<String> errorsNamed() {
    return answering.keySet();
  }
}

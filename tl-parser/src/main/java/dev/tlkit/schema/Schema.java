package dev.tlkit.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A linked, validated TL schema: every type reference resolves, every flag condition names an
 * earlier {@code #} field, every id is known. Built by {@link SchemaLoader}; immutable.
 */
public final class Schema {
  private final List<SchemaFile> files;
  private final List<Combinator> constructors;
  private final List<Combinator> functions;
  private final List<TlType> types;
  private final List<Diagnostic> warnings;
  private final Map<String, Combinator> constructorsByKey = new LinkedHashMap<>();
  private final Map<String, Combinator> functionsByKey = new LinkedHashMap<>();
  private final Map<String, TlType> typesByKey = new LinkedHashMap<>();

  public Schema(
      List<SchemaFile> files,
      List<Combinator> constructors,
      List<Combinator> functions,
      List<TlType> types,
      List<Diagnostic> warnings) {
    this.files = List.copyOf(files);
    this.constructors = List.copyOf(constructors);
    this.functions = List.copyOf(functions);
    this.types = List.copyOf(types);
    this.warnings = List.copyOf(warnings);
    constructors.forEach(c -> constructorsByKey.put(c.key(), c));
    functions.forEach(f -> functionsByKey.put(f.key(), f));
    types.forEach(t -> typesByKey.put(t.key(), t));
  }

  /** The files, in the order they were loaded. */
  public List<SchemaFile> files() {
    return files;
  }

  /** The highest {@code // LAYER N} any file declares. */
  public OptionalInt layer() {
    return files.stream().map(SchemaFile::layer).filter(OptionalInt::isPresent)
        .mapToInt(OptionalInt::getAsInt).max();
  }

  /** Every definition of the type sections, builtins included, in file and source order. */
  public List<Combinator> constructors() {
    return constructors;
  }

  /** Every definition of the function sections, in file and source order. */
  public List<Combinator> functions() {
    return functions;
  }

  /** Every boxed type that some non-builtin constructor produces, in order of first appearance. */
  public List<TlType> types() {
    return types;
  }

  /** Warnings found while linking (an allowed id mismatch, a scoped redefinition). */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** The unscoped constructor of that name. */
  public Optional<Combinator> constructor(String name) {
    return Optional.ofNullable(constructorsByKey.get(name));
  }

  /** A constructor by {@link Combinator#key()}, as {@link TypeRef.Target.Bare} names it. */
  public Optional<Combinator> constructorByKey(String key) {
    return Optional.ofNullable(constructorsByKey.get(key));
  }

  /** The unscoped function of that name. */
  public Optional<Combinator> function(String name) {
    return Optional.ofNullable(functionsByKey.get(name));
  }

  /** A type by {@link TlType#key()}, as {@link TypeRef.Target.Boxed} names it. */
  public Optional<TlType> type(String key) {
    return Optional.ofNullable(typesByKey.get(key));
  }

  /** The schema as canonical TL text; parsing it gives an equal schema. */
  public String toTl() {
    return SchemaPrinter.print(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schema s
        && constructors.equals(s.constructors)
        && functions.equals(s.functions)
        && types.equals(s.types)
        && layer().equals(s.layer());
  }

  @Override
  public int hashCode() {
    return constructors.hashCode() * 31 + functions.hashCode();
  }

  @Override
  public String toString() {
    return "Schema{" + constructors.size() + " constructors, " + functions.size() + " functions, "
        + types.size() + " types, layer " + layer() + "}";
  }
}

package dev.tlkit.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tlkit.schema.Combinator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The record generated for one constructor or function, with its builder: {@code builder()},
 * a setter per component, and {@code build()}, which throws naming every {@linkplain
 * JavaField#required() required} component not set. A record with no component has no builder:
 * its constructor serves.
 */
public final class JavaRecord {
  private final Combinator definition;
  private final ClassName className;
  private final List<TypeVariableName> typeVariables;
  private final TypeName superinterface;
  private final TypeName resultType;
  private final List<JavaField> fields;
  private final List<JavaField> components;
  private final NameAllocator decodeLocals;

  JavaRecord(Combinator definition, ClassName className, List<TypeVariableName> typeVariables,
      TypeName superinterface, TypeName resultType, List<JavaField> fields) {
    this.definition = definition;
    this.className = className;
    this.typeVariables = List.copyOf(typeVariables);
    this.superinterface = superinterface;
    this.resultType = resultType;
    this.fields = List.copyOf(fields);
    this.components = fields.stream().filter(JavaField::isComponent).toList();
    // decodeBare reads each field into a local of its own name, beside its parameter: a
    // component may be called reader.
    this.decodeLocals = new NameAllocator();
    decodeLocals.newName("reader");
    for (JavaField f : fields) {
      decodeLocals.newName(f.name(), f);
    }
  }

  /** The constructor or function. */
  public Combinator definition() {
    return definition;
  }

  /** The record ({@code PhoneRequestCall}). */
  public ClassName className() {
    return className;
  }

  /** The type parameters of a generic definition: {@code X} of {@code {X:Type}}. */
  public List<TypeVariableName> typeVariables() {
    return typeVariables;
  }

  /**
   * What the record implements: {@code TlFunction<R>} for a function, its type's sealed interface,
   * or {@code TlObject} for the only constructor of its type.
   */
  public TypeName superinterface() {
    return superinterface;
  }

  /** Every parameter as the generated code has it, computed {@code #} fields and lengths included. */
  public List<JavaField> fields() {
    return fields;
  }

  /** The components in the definition's order: every parameter but computed {@code #} fields and lengths. */
  public List<JavaField> components() {
    return components;
  }

  /** The component of that Java name, if there is one. */
  public Optional<JavaField> component(String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Whether the record has a builder: it has components to set. */
  public boolean hasBuilder() {
    return !components.isEmpty();
  }

  /** What a function's {@code decodeResult} returns; empty for a constructor. */
  public Optional<TypeName> resultType() {
    return Optional.ofNullable(resultType);
  }

  /** The local of {@code decodeBare} that holds {@code field} once read. */
  String decodeLocal(JavaField field) {
    return decodeLocals.get(field);
  }

  /** The names {@code decodeBare} uses, to take more from (lambda parameters) without a clash. */
  NameAllocator decodeLocals() {
    return decodeLocals.clone();
  }

  @Override
  public String toString() {
    return "record " + className.simpleName() + components.stream()
        .map(c -> c.type() + " " + c.name())
        .collect(Collectors.joining(", ", "(", ")"));
  }
}

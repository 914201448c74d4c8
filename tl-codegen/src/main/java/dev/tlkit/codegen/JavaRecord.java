package dev.tlkit.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tlkit.schema.Combinator;
import java.util.List;
import java.util.Optional;

/**
 * The record generated for one constructor or function, with its builder: {@code builder()},
 * a setter per component, and {@code build()}, which throws naming every {@linkplain
 * JavaComponent#required() required} component not set.
 */
public final class JavaRecord {
  private final Combinator definition;
  private final ClassName className;
  private final List<TypeVariableName> typeVariables;
  private final TypeName superinterface;
  private final TypeName resultType;
  private final List<Field> fields;
  private final List<Field> componentFields;
  private final List<JavaComponent> components;

  JavaRecord(Combinator definition, ClassName className, List<TypeVariableName> typeVariables,
      TypeName superinterface, TypeName resultType, List<Field> fields) {
    this.definition = definition;
    this.className = className;
    this.typeVariables = List.copyOf(typeVariables);
    this.superinterface = superinterface;
    this.resultType = resultType;
    this.fields = List.copyOf(fields);
    this.componentFields = fields.stream().filter(Field::isComponent).toList();
    this.components = componentFields.stream().map(JavaComponent::of).toList();
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

  /** The components in the definition's order: every parameter but computed {@code #} fields and lengths. */
  public List<JavaComponent> components() {
    return components;
  }

  /** The component of that Java name, if there is one. */
  public Optional<JavaComponent> component(String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** What a function's {@code decodeResult} returns; empty for a constructor. */
  public Optional<TypeName> resultType() {
    return Optional.ofNullable(resultType);
  }

  /** Every parameter as the generated code sees it, computed {@code #} fields included. */
  List<Field> fields() {
    return fields;
  }

  /** The fields that are components, in order. */
  List<Field> componentFields() {
    return componentFields;
  }

  @Override
  public String toString() {
    return "record " + className.simpleName() + components.stream()
        .map(c -> c.type() + " " + c.name())
        .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
  }
}

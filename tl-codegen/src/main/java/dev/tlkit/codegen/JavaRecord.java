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
 * JavaField#required() required} component not set. A record with one component or none has no
 * builder: its constructor serves.
 */
public final class JavaRecord {
  private final Combinator definition;
  private final ClassName className;
  private final List<TypeVariableName> typeVariables;
  private final List<TypeName> superinterfaces;
  private final boolean ownType;
  private final TypeName resultType;
  private final List<JavaField> fields;
  private final List<JavaField> components;
  private final NameAllocator decodeLocals;

  JavaRecord(Combinator definition, ClassName className, List<TypeVariableName> typeVariables,
      List<TypeName> superinterfaces, TypeName resultType, List<JavaField> fields, boolean ownType) {
    this.definition = definition;
    this.className = className;
    this.typeVariables = List.copyOf(typeVariables);
    this.superinterfaces = List.copyOf(superinterfaces);
    this.ownType = ownType;
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
   * What the record implements: {@code TlFunction<R>} and the package's {@code SchemaObject} for
   * a function, its type's sealed interface, or {@code SchemaObject} for the only constructor of
   * its type.
   */
  public List<TypeName> superinterfaces() {
    return superinterfaces;
  }

  /**
   * Whether the record reads a boxed value of its own: a function, or the only constructor of its
   * type. A constructor of a type with several is read boxed by its type's sealed interface
   * ({@code TypePeer.decode}), and only its body by itself ({@code decodeBare}).
   */
  public boolean hasBoxedDecode() {
    return ownType;
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

  /**
   * Whether the record has a builder: it has two components or more. With none or one, the
   * constructor says as much ({@code new PeerUser(userId)}): there is no order of arguments to
   * get wrong.
   */
  public boolean hasBuilder() {
    return components.size() >= 2;
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

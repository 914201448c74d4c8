package dev.tlkit.codegen;

import com.palantir.javapoet.ClassName;
import dev.tlkit.schema.TlType;
import java.util.List;
import java.util.Objects;

/**
 * The sealed interface generated for a boxed type with several constructors.
 *
 * @param type the TL type
 * @param className the interface ({@code TypeInputPeer})
 * @param permits the records of its constructors, sorted by name as the interface lists them
 * @param accessors the accessors every constructor shares, in the order of the first of
 *     {@code permits}
 */
public record JavaSealedInterface(
    TlType type, ClassName className, List<ClassName> permits, List<JavaField> accessors) {
  public JavaSealedInterface {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(className, "className");
    permits = List.copyOf(permits);
    accessors = List.copyOf(accessors);
  }

  /** The accessor of that name, if every constructor shares one. */
  public java.util.Optional<JavaField> accessor(String name) {
    return accessors.stream().filter(a -> a.name().equals(name)).findFirst();
  }
}

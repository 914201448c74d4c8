package dev.tlkit.codegen;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * An accessor a sealed interface declares because every constructor of its type has a component of
 * that name and Java type ({@code TypeUser.id()}): reading it needs no {@code switch}.
 *
 * @param name the method's name
 * @param tlName the TL name of the parameter behind it, in the first constructor
 * @param type its return type, without nullness annotations
 * @param nullable true when some constructor has it as an optional field, which may be absent
 */
public record JavaAccessor(String name, String tlName, TypeName type, boolean nullable) {
  public JavaAccessor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tlName, "tlName");
    Objects.requireNonNull(type, "type");
  }
}

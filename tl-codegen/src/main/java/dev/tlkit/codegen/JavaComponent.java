package dev.tlkit.codegen;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * A record component of a generated class, which is also its accessor and its builder's setter.
 *
 * @param name the Java name: the component, accessor and setter ({@code gAHash})
 * @param tlName the parameter it holds ({@code g_a_hash})
 * @param type its Java type, without nullness annotations ({@code TlBytes}, {@code Integer} for an
 *     optional {@code int})
 * @param nullable true for an optional field other than a {@code true} flag: null means absent
 * @param required true when {@code build()} throws unless it is set
 */
public record JavaComponent(String name, String tlName, TypeName type, boolean nullable, boolean required) {
  public JavaComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tlName, "tlName");
    Objects.requireNonNull(type, "type");
  }

  static JavaComponent of(Field f) {
    return new JavaComponent(f.javaName(), f.tlName(), f.type(), f.isNullable(), f.isBuilderRequired());
  }
}

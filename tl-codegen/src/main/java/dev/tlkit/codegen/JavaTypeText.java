package dev.tlkit.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.stream.Collectors;

/**
 * A Java type as a reader writes it in code: simple names, no annotations
 * ({@code List<TypeInputPeer>}, {@code TlBytes}, {@code int}). Documentation pages and the schema
 * diff's reasons show types this way.
 */
public final class JavaTypeText {
  private JavaTypeText() {}

  /** {@code java.util.List<p.TypeInputPeer>} gives {@code List<TypeInputPeer>}. */
  public static String of(TypeName type) {
    TypeName t = type.withoutAnnotations();
    if (t instanceof ClassName c) {
      return String.join(".", c.simpleNames());
    }
    if (t instanceof ParameterizedTypeName p) {
      return of(p.rawType()) + p.typeArguments().stream().map(JavaTypeText::of)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (t instanceof ArrayTypeName a) {
      return of(a.componentType()) + "[]";
    }
    return t.toString();
  }
}

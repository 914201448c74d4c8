package dev.tlkit.diff;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.stream.Collectors;

/**
 * A Java type as a report shows it: simple names, no annotations ({@code List<TypeInputPeer>},
 * {@code TlBytes}, {@code int}), so that a reader sees the type as written in code.
 */
final class JavaText {
  private JavaText() {}

  static String of(TypeName type) {
    TypeName t = type.withoutAnnotations();
    if (t instanceof ClassName c) {
      return String.join(".", c.simpleNames());
    }
    if (t instanceof ParameterizedTypeName p) {
      return of(p.rawType()) + p.typeArguments().stream().map(JavaText::of)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (t instanceof ArrayTypeName a) {
      return of(a.componentType()) + "[]";
    }
    return t.toString();
  }
}

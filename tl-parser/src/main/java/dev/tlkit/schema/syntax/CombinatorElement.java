package dev.tlkit.schema.syntax;

import dev.tlkit.schema.BuiltinBody;

import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Doc;
import dev.tlkit.schema.Location;
import java.util.List;
import java.util.OptionalInt;

/**
 * One definition as written, before linking: {@code name#id {X:Type} params = Result}.
 *
 * @param location where the name starts
 * @param kind constructor (type section) or function (function section)
 * @param explicitId the {@code #id} if the text wrote a valid one
 * @param builtinBody {@code ?}, {@code 4*[ int ]} or {@code # [ t ]} for builtin declarations,
 *     else null; builtins have no parameters
 * @param doc the TDLib doc comment lines directly before the definition
 * @param allowIdMismatch a {@code // tlkit:allow-id-mismatch} comment marks this definition
 */
public record CombinatorElement(
    Location location,
    String name,
    Combinator.Kind kind,
    OptionalInt explicitId,
    List<TypeParameterElement> typeParameters,
    List<ParameterElement> parameters,
    BuiltinBody builtinBody,
    TypeElement resultType,
    Doc doc,
    boolean allowIdMismatch) {

  public CombinatorElement {
    typeParameters = List.copyOf(typeParameters);
    parameters = List.copyOf(parameters);
  }

  public boolean isBuiltin() {
    return builtinBody != null;
  }

  /**
   * Canonical TL text without the semicolon, in the same form as {@link Combinator#toTl()}: two
   * definitions with the same text are the same definition.
   */
  public String toTl() {
    StringBuilder sb = new StringBuilder(name);
    explicitId.ifPresent(id -> sb.append('#').append(String.format("%08x", id)));
    for (TypeParameterElement t : typeParameters) {
      sb.append(' ').append(t.toTl());
    }
    if (builtinBody != null) {
      sb.append(' ').append(builtinBody.toTl());
    }
    for (ParameterElement p : parameters) {
      sb.append(' ').append(p.toTl());
    }
    sb.append(" = ");
    // Arguments of a result type are written by application: `= Vector t`.
    if (resultType instanceof TypeElement.Named n && !n.args().isEmpty()) {
      sb.append(n.percent() ? "%" : "").append(n.name());
      n.args().forEach(a -> sb.append(' ').append(a.toTl()));
    } else {
      sb.append(resultType.toTl());
    }
    return sb.toString();
  }
}

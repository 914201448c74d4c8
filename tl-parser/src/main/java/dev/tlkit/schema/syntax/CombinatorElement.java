package dev.tlkit.schema.syntax;

import dev.tlkit.schema.BuiltinBody;
import dev.tlkit.schema.CombinatorText;

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
    List<String> resultArgs = List.of();
    String resultHead = resultType.toTl();
    if (resultType instanceof TypeElement.Named n && !n.args().isEmpty()) {
      resultHead = (n.percent() ? "%" : "") + n.name();
      resultArgs = n.args().stream().map(TypeElement::toTl).toList();
    }
    return CombinatorText.format(name, explicitId,
        typeParameters.stream().map(TypeParameterElement::toTl).toList(), builtinBody,
        parameters.stream().map(ParameterElement::toTl).toList(), resultHead, resultArgs);
  }
}

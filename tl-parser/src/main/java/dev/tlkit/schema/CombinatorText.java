package dev.tlkit.schema;

import java.util.List;
import java.util.OptionalInt;

/**
 * The one printer of a definition's canonical TL text, {@code name#id {X:Type} a:int b:flags.0?T
 * = Result t}, without the semicolon. The syntax element ({@code CombinatorElement}), the linked
 * {@link Combinator} and the normal form whose CRC32 is the id ({@link ConstructorIds}) all print
 * through it, so that the three can never disagree on spacing or order.
 */
public final class CombinatorText {
  private CombinatorText() {}

  /**
   * Prints a definition from its parts, each already in canonical TL.
   *
   * @param name the name, with its namespace
   * @param id the explicit id, if it is to be printed
   * @param typeParameters {@code {X:Type}} and the like
   * @param builtinBody the body of a builtin declaration, or null
   * @param parameters the parameters, in order
   * @param resultHead the result type's name, {@code %} included where written
   * @param resultArgs the result type's arguments: a result is written by application,
   *     {@code = Vector t}, not with angle brackets
   * @return the text
   */
  public static String format(String name, OptionalInt id, List<String> typeParameters,
      BuiltinBody builtinBody, List<String> parameters, String resultHead, List<String> resultArgs) {
    StringBuilder sb = new StringBuilder(name);
    id.ifPresent(i -> sb.append('#').append(ConstructorIds.hex(i)));
    typeParameters.forEach(t -> sb.append(' ').append(t));
    if (builtinBody != null) {
      sb.append(' ').append(builtinBody.toTl());
    }
    parameters.forEach(p -> sb.append(' ').append(p));
    sb.append(" = ").append(resultHead);
    resultArgs.forEach(a -> sb.append(' ').append(a));
    return sb.toString();
  }
}

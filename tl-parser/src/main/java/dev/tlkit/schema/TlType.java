package dev.tlkit.schema;

import java.util.List;

/**
 * A boxed type: the result of one or more constructors, such as {@code InputPeer}. A value of the
 * type on the wire is one of its constructors, with that constructor's id first.
 *
 * @param name the TL name ({@code InputPeer}, {@code phone.PhoneCall})
 * @param scope "" or, for a type declared by a scoped constructor, that scope (see
 *     {@link Combinator#scope()})
 * @param constructors its constructors, in schema order
 * @param doc the TDLib {@code //@class} documentation, or {@link Doc#EMPTY}
 */
public record TlType(String name, String scope, List<Combinator> constructors, Doc doc) {

  public TlType {
    constructors = List.copyOf(constructors);
  }

  /** The unique key of this type in its {@link Schema}: its name, or {@code scope:name}. */
  public String key() {
    return scope.isEmpty() ? name : scope + ":" + name;
  }

  public String namespace() {
    return Names.namespace(name);
  }

  public String simpleName() {
    return Names.simpleName(name);
  }
}

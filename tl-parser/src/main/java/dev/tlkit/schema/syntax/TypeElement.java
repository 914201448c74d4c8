package dev.tlkit.schema.syntax;

import dev.tlkit.schema.Location;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A type as written, before the linker decides what its names mean: {@code int},
 * {@code Vector<long>}, {@code %Message}, {@code (vector bytes)}, {@code !X}, {@code #}. Whether a
 * name such as {@code X} is a type variable is only known once the combinator's {@code {X:Type}}
 * declarations are read, so every name is a {@link Named} here.
 */
public sealed interface TypeElement
    permits TypeElement.Named, TypeElement.Bang, TypeElement.Nat {

  Location location();

  /** Canonical TL text: {@code (vector bytes)} prints as {@code vector<bytes>}. */
  String toTl();

  /**
   * {@code name}, {@code %name}, {@code name<args>} or {@code (name args)}.
   *
   * @param percent the name was written with {@code %} (the bare form of a boxed type)
   */
  record Named(Location location, String name, boolean percent, List<TypeElement> args)
      implements TypeElement {
    public Named {
      args = List.copyOf(args);
    }

    @Override
    public String toTl() {
      String head = (percent ? "%" : "") + name;
      if (args.isEmpty()) {
        return head;
      }
      return head + args.stream().map(TypeElement::toTl).collect(Collectors.joining(",", "<", ">"));
    }
  }

  /** {@code !X}: a function whose result is the type variable X. */
  record Bang(Location location, String name) implements TypeElement {
    @Override
    public String toTl() {
      return "!" + name;
    }
  }

  /** {@code #}: the natural-number type of flag fields. */
  record Nat(Location location) implements TypeElement {
    @Override
    public String toTl() {
      return "#";
    }
  }
}

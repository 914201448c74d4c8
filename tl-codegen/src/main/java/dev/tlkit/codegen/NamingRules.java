package dev.tlkit.codegen;

import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.TlType;

/**
 * How TL names become Java names: the one place a naming scheme is decided, for the generator and
 * for everything that reasons about the generated Java ({@link JavaModel}, and through it the schema
 * diff's verdicts). {@link #STANDARD} is tlkit's scheme, described in the README and in
 * {@link JavaNames}.
 *
 * <p>A rule gives the name it wants; {@link JavaNames} then makes the result compile whatever the
 * rule says: a component that is a Java keyword or the name of a method every generated class has
 * gets a trailing {@code _}, and a component taken twice in a class gets {@code _} and its
 * position. Two classes of the same name fail generation, naming both definitions, as does a class
 * or component name that is not a Java identifier, naming its definition.
 */
public interface NamingRules {

  /** The class of a constructor or function: {@code phone.requestCall} is {@code PhoneRequestCall}. */
  String className(Combinator definition);

  /** The sealed interface of a boxed type with several constructors: {@code TypeInputPeer}. */
  String interfaceName(TlType type);

  /**
   * The record component, accessor and builder setter of a parameter, before keywords and
   * duplicates are escaped: {@code g_a_hash} is {@code gAHash}.
   */
  String componentName(String tlName);

  /** tlkit's naming scheme. */
  NamingRules STANDARD = new NamingRules() {
    @Override
    public String className(Combinator definition) {
      return JavaNames.pascal(definition.scope()) + JavaNames.pascal(definition.name());
    }

    @Override
    public String interfaceName(TlType type) {
      return "Type" + JavaNames.pascal(type.scope()) + JavaNames.pascal(type.name());
    }

    @Override
    public String componentName(String tlName) {
      return JavaNames.camel(tlName);
    }

    @Override
    public String toString() {
      return "NamingRules.STANDARD";
    }
  };
}

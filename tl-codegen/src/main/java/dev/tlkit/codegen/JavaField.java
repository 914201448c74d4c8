package dev.tlkit.codegen;

import com.palantir.javapoet.TypeName;
import dev.tlkit.schema.FlagCondition;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.WireShape;
import java.util.Objects;

/**
 * One parameter of a constructor or function as the generated Java has it: everything the
 * generators write about it, decided here once.
 *
 * <p>Most parameters are {@linkplain Role#COMPONENT record components}: a component, its accessor
 * and its builder's setter. Two kinds are computed when writing instead, and have no component: a
 * {@code #} parameter that some condition refers to ({@link Role#FLAGS}: its value follows from the
 * fields present), and the length of the next {@code Object} ({@link Role#LENGTH}, MTProto's {@code
 * bytes:int body:Object}). A {@code #} no condition refers to carries data of its own (TON's {@code
 * mode:#} in requests) and is an ordinary {@code int} component that defaults to 0: Telegram's few
 * {@code flags:#} without optional fields stay out of the user's way, and it shows in JSON only when
 * non-zero, as GramJS writes it.
 *
 * @param parameter the TL parameter
 * @param role whether it is a component or computed
 * @param name the Java name: the component, accessor and setter ({@code gAHash}); for a computed
 *     field, the name of the value in the methods that compute it
 * @param type the Java type of the component, without nullness annotations: the wrapper type of an
 *     optional scalar ({@code Integer}), {@code boolean} for a {@code true} flag
 * @param nullable true for an optional field other than a {@code true} flag: null means absent
 * @param required true when the builder's {@code build()} throws unless it is set: not optional,
 *     not a {@code true} flag, not a data {@code #}
 * @param wire how its value lies on the wire
 */
public record JavaField(Parameter parameter, Role role, String name, TypeName type,
    boolean nullable, boolean required, WireShape wire) {

  /** What a parameter is in the generated record. */
  public enum Role {
    /** A record component. */
    COMPONENT,
    /** A {@code #} that conditions refer to: computed from the fields present. */
    FLAGS,
    /** The length in bytes of the next value, an {@code Object}: computed from it. */
    LENGTH
  }

  public JavaField {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(wire, "wire");
  }

  /** @return the TL name of the parameter ({@code g_a_hash}) */
  public String tlName() {
    return parameter.name();
  }

  /** @return true for a record component */
  public boolean isComponent() {
    return role == Role.COMPONENT;
  }

  /** @return true for {@code flags.N?true}: a {@code boolean} that is a flag bit only */
  public boolean isTrueFlag() {
    return parameter.isTrueFlag();
  }

  /** @return true for a {@code #} no condition refers to: plain data, 0 unless set */
  public boolean isDataNat() {
    return parameter.isFlags() && role == Role.COMPONENT;
  }

  /** @return the flag bit that says whether it is present, or null when it always is */
  public FlagCondition condition() {
    return parameter.condition();
  }

  /** @return true for TDLib's {@code int53}, or a vector of them (to any depth) */
  public boolean holdsInt53() {
    return wire.holdsInt53();
  }

  /** @return true for a list whose elements may be null (TDLib's "messages may be null") */
  public boolean hasNullableElements() {
    return wire instanceof WireShape.Vector v && v.element() instanceof WireShape.Nullable;
  }

  /** @return the {@code TlList} method that copies a list handed in for this field */
  String listCopy() {
    return hasNullableElements() ? "copyOfNullable" : "copyOf";
  }

  /** @return true when it is a list */
  public boolean isVector() {
    return wire instanceof WireShape.Vector;
  }

  /**
   * The type its builder holds it in: a required primitive is held boxed, so that "never set"
   * (null) shows and {@code build()} can name it.
   *
   * @return the type of the builder's field, without nullness annotations
   */
  public TypeName builderType() {
    return required && type.isPrimitive() ? type.box() : type;
  }

  /** @return true when the record's constructor must reject null for it */
  boolean isRequiredReference() {
    return isComponent() && !nullable && !parameter.isOptional() && !type.isPrimitive();
  }

  /** The same field, nullable: a shared accessor is, where any constructor's field is. */
  JavaField withNullable(boolean nullable) {
    return new JavaField(parameter, role, name, type, nullable, required, wire);
  }

  /** Java code for "this field is present" (for flag computation and shared-bit checks). */
  String presence(String self) {
    return isTrueFlag() ? self + name : self + name + " != null";
  }
}

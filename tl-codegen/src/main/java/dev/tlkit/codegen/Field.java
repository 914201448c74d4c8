package dev.tlkit.codegen;

import com.palantir.javapoet.TypeName;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.FlagCondition;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.WireSizes;
import dev.tlkit.schema.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One parameter of a combinator as the generated class sees it.
 *
 * <p>A {@code #} parameter that some condition refers to is <em>computed</em>: it is not a field,
 * its value is derived from the fields present when writing. A {@code #} parameter no condition
 * refers to carries data of its own (TON's {@code mode:#} in requests) and is an ordinary
 * {@code int} field that defaults to 0: Telegram's few {@code flags:#} without optional fields stay
 * out of the user's way, and it shows in JSON only when non-zero, as GramJS writes it.
 *
 * @param javaName the record component, or for a computed {@code #} the local that holds it
 * @param type the Java type of the component (wrapper type when optional)
 */
record Field(
    Parameter param, String javaName, TypeName type, boolean computedFlags, boolean computedLength) {

  static List<Field> of(Combinator c, JavaTypes types) {
    Set<String> referenced = new HashSet<>();
    for (Parameter p : c.parameters()) {
      if (p.condition() != null) {
        referenced.add(p.condition().field());
      }
    }
    Map<String, String> names = types.names().componentNames(c);
    List<Field> fields = new ArrayList<>();
    List<Parameter> params = c.parameters();
    for (int i = 0; i < params.size(); i++) {
      Parameter p = params.get(i);
      boolean computed = p.isFlags() && referenced.contains(p.name());
      boolean length = WireSizes.isLengthOfNext(params, i);
      TypeName type;
      if (p.isTrueFlag()) {
        type = TypeName.BOOLEAN;
      } else {
        type = types.javaType(p.type(), p.isOptional());
      }
      fields.add(new Field(p, names.get(p.name()), type, computed, length));
    }
    return fields;
  }

  /** A {@code #} field no condition refers to: plain data, 0 unless set. */
  boolean isDataNat() {
    return param.isFlags() && !computedFlags;
  }

  /** A record component: everything but computed {@code #} fields. */
  boolean isComponent() {
    return !computedFlags && !computedLength;
  }

  String tlName() {
    return param.name();
  }

  TypeRef tlType() {
    return param.type();
  }

  FlagCondition condition() {
    return param.condition();
  }

  boolean isTrueFlag() {
    return param.isTrueFlag();
  }

  /** Optional and not a {@code true} flag: null means absent. */
  boolean isNullable() {
    return param.isOptional() && !param.isTrueFlag();
  }

  /** Required by {@code build()}: not optional, not a {@code true} flag, not a plain-data {@code #}. */
  boolean isBuilderRequired() {
    return !param.isOptional() && !isTrueFlag() && !isDataNat();
  }

  /** Required and not a primitive: must not be null. */
  boolean isRequiredReference() {
    return !param.isOptional() && !type.isPrimitive();
  }

  boolean isVector() {
    return WireCode.isVector(param.type());
  }

  /** Java code for "this field is present" (for flag computation and shared-bit checks). */
  String presence(String self) {
    return isTrueFlag() ? self + javaName : self + javaName + " != null";
  }
}

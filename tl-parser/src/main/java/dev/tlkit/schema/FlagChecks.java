package dev.tlkit.schema;

import dev.tlkit.schema.syntax.CombinatorElement;
import dev.tlkit.schema.syntax.FlagConditionElement;
import dev.tlkit.schema.syntax.ParameterElement;
import dev.tlkit.schema.syntax.TypeElement;
import java.util.List;
import java.util.Map;

/**
 * Checks a flag condition ({@code name:flags.N?Type}): its field must be a {@code #} parameter
 * declared before it (or a {@code {n:#}} variable), and its bit must fit in 32 bits. A reader
 * decodes parameters in order, so the field has to be read before the bit can be tested.
 */
final class FlagChecks {
  private FlagChecks() {}

  /** The condition of parameter {@code index}, after reporting what is wrong with it. */
  static FlagCondition check(CombinatorElement definition, int index,
      Map<String, String> typeVariables, ErrorCollector errors) {
    List<ParameterElement> parameters = definition.parameters();
    ParameterElement parameter = parameters.get(index);
    FlagConditionElement condition = parameter.condition();
    String field = condition.field();
    int fieldIndex = -1;
    for (int i = 0; i < parameters.size() && fieldIndex < 0; i++) {
      if (parameters.get(i).name().equals(field)) {
        fieldIndex = i;
      }
    }
    if (fieldIndex < 0) {
      if (!"#".equals(typeVariables.get(field))) {
        errors.error(condition.location(), "unknown flag field '" + field + "' in '"
            + parameter.toTl() + "': declare '" + field + ":#' before it");
      }
    } else if (fieldIndex >= index) {
      errors.error(condition.location(), "flag field '" + field + "' must be declared before '"
          + parameter.name() + "', which uses it; it is declared at "
          + parameters.get(fieldIndex).location());
    } else if (!(parameters.get(fieldIndex).type() instanceof TypeElement.Nat)) {
      errors.error(condition.location(), "'" + parameter.toTl() + "' uses '" + field
          + "' as a flag field, but '" + field + "' is '" + parameters.get(fieldIndex).type().toTl()
          + "', not '#'");
    }
    long bit = condition.bit();
    if (bit < 0 || bit > 31) {
      errors.error(condition.location(), "flag bit " + (bit == Long.MAX_VALUE ? "number" : bit)
          + " of '" + parameter.name() + "' is outside 0..31");
      return new FlagCondition(field, 0);
    }
    return new FlagCondition(field, (int) bit);
  }
}

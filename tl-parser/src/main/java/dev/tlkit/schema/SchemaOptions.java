package dev.tlkit.schema;

import java.util.Set;

/**
 * How schemas are checked.
 *
 * @param idPolicy what an explicit id that differs from the computed one means
 * @param allowedIdMismatches names of definitions whose explicit id may differ from the computed one
 */
public record SchemaOptions(IdPolicy idPolicy, Set<String> allowedIdMismatches) {
  public static final SchemaOptions DEFAULT = new SchemaOptions(IdPolicy.STRICT, Set.of());

  public SchemaOptions {
    allowedIdMismatches = Set.copyOf(allowedIdMismatches);
  }

  public SchemaOptions withIdPolicy(IdPolicy policy) {
    return new SchemaOptions(policy, allowedIdMismatches);
  }

  public SchemaOptions withAllowedIdMismatches(Set<String> names) {
    return new SchemaOptions(idPolicy, names);
  }
}

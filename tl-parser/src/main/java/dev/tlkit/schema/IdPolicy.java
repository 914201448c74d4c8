package dev.tlkit.schema;

/**
 * What to do when a definition's explicit {@code #id} differs from the id computed from its text.
 * Definitions allowed one by one (see {@link SchemaOptions#allowedIdMismatches()} and the
 * {@code // tlkit:allow-id-mismatch} comment) are accepted under every policy.
 */
public enum IdPolicy {
  /** A mismatch is an error showing both ids and the normalized text. The default. */
  STRICT,
  /** A mismatch is a warning; the explicit id is used. */
  WARN,
  /**
   * Explicit ids are taken as written, silently: for schemas that pin old ids on purpose. Definitions
   * without an explicit id still get the computed one.
   */
  TRUST
}

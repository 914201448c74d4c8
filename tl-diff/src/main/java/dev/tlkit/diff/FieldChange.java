package dev.tlkit.diff;

import java.util.Objects;

/**
 * One difference in one parameter of a definition present in both schemas. Parameters are matched
 * by name; a parameter that only changed its name is {@link Kind#RENAMED}, and any other parameter
 * of a new name is an {@link Kind#ADDED} one (and the old one {@link Kind#REMOVED}). A
 * parameter that changed in several ways has one change of each kind (for example
 * {@code x:Bool} to {@code x:flags.0?true} is {@link Kind#RETYPED} and {@link Kind#MADE_OPTIONAL}).
 *
 * @param kind what changed
 * @param name the parameter's TL name ({@code user_id}); for {@link Kind#RENAMED} the new one
 * @param oldText the parameter as the old schema writes it ({@code user_id:InputUser}), null for
 *     {@link Kind#ADDED}
 * @param newText the parameter as the new schema writes it, null for {@link Kind#REMOVED}
 * @param oldPosition its index among the old definition's parameters ({@code #} fields included),
 *     -1 for {@link Kind#ADDED}
 * @param newPosition its index among the new definition's parameters, -1 for {@link Kind#REMOVED}
 * @param impact what the change means for Java code and for old bytes
 */
public record FieldChange(
    Kind kind,
    String name,
    String oldText,
    String newText,
    int oldPosition,
    int newPosition,
    Impact impact) {

  /** The kinds of change to a parameter. */
  public enum Kind {
    /** Only in the new definition. */
    ADDED,
    /** Only in the old definition. */
    REMOVED,
    /**
     * Only its TL name changed: an old parameter and a new one at the same position, of the same
     * type under the same condition, with no parameter of either name on the other side. TL names
     * are not on the wire; whether Java code notices depends on the Java names the naming scheme
     * gives both.
     */
    RENAMED,
    /** Its type's TL text changed: {@code int} to {@code long}, {@code bytes} to {@code string}. */
    RETYPED,
    /** It was always present and now has a flag condition. */
    MADE_OPTIONAL,
    /** It had a flag condition and now is always present. */
    MADE_REQUIRED,
    /**
     * Its comment gained or lost TDLib's "may be null" ({@link dev.tlkit.schema.Combinator#mayBeNull}):
     * the id stays, as comments are not part of it, but tlkit's bytes of the field gain or lose the
     * {@code Bool} before it.
     */
    NULLABILITY,
    /** Still optional, under another flag field or bit ({@code flags.1} to {@code flags2.3}). */
    FLAG_MOVED,
    /**
     * Its place among the parameters that occupy bytes changed relative to the others, beyond what
     * additions and removals explain (found as the parameters outside a longest common
     * subsequence of the old and new orders; where several are longest, the parameters earlier in
     * the old order are the ones reported). {@code flags.N?true} parameters take no bytes and are
     * never reported as moved.
     */
    MOVED
  }

  public FieldChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(impact, "impact");
  }
}

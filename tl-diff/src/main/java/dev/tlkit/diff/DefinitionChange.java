package dev.tlkit.diff;

import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.OldBytes;
import java.util.List;
import java.util.Objects;

/**
 * A constructor or a function that was added, removed or changed. Definitions are matched by
 * {@link Combinator#key()}, their TL name; a renamed definition is one removed and one added.
 * Documentation and locations are not compared.
 *
 * @param kind added, removed or changed
 * @param definitionKind constructor or function
 * @param name the key of the definition: its TL name ({@code phone.requestCall}), or
 *     {@code scope:name} for a scoped one
 * @param oldText the old definition as canonical TL ({@link Combinator#toTl()}), null if added
 * @param newText the new definition as canonical TL, null if removed
 * @param oldId the old id as 8 hex digits, null if added
 * @param newId the new id as 8 hex digits, null if removed
 * @param idImpact for a changed definition whose id changed, what that means; else null
 * @param result for a changed definition whose result type changed, that change; else null
 * @param fields for a changed definition, its parameter changes: those of the new parameters in
 *     their order, then the removed ones in their old order; empty for added and removed ones
 * @param impact the whole change's impact: for a changed definition the worst of its id, result
 *     and field impacts, with the reason of the first that is worst
 * @param oldBytes for a constructor that was removed or whose id changed, what bytes written with
 *     the old one become under the new schema (an upgrade into the new constructor, or a record of
 *     the old shape: {@link OldBytes}); else null
 */
public record DefinitionChange(
    ChangeKind kind,
    Combinator.Kind definitionKind,
    String name,
    String oldText,
    String newText,
    String oldId,
    String newId,
    Impact idImpact,
    ResultChange result,
    List<FieldChange> fields,
    Impact impact,
    OldBytes oldBytes) {

  /**
   * A change of the type after {@code =}.
   *
   * @param oldType the old result type in canonical TL ({@code Vector<int>})
   * @param newType the new result type
   * @param impact what the change means
   */
  public record ResultChange(String oldType, String newType, Impact impact) {}

  public DefinitionChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(definitionKind, "definitionKind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(impact, "impact");
    fields = List.copyOf(fields);
  }

  /** True when the id differs between the schemas. */
  public boolean idChanged() {
    return idImpact != null;
  }

  public boolean isFunction() {
    return definitionKind == Combinator.Kind.FUNCTION;
  }
}

package dev.tlkit.diff;

import java.util.List;
import java.util.Objects;

/**
 * A boxed type that was added, removed, or whose set of constructors or shared accessors changed
 * (the methods its sealed interface declares because every constructor has them, such as
 * {@code TypeUser.id()}). Types are matched by
 * {@link dev.tlkit.schema.TlType#key()}; constructors within a type by key too, regardless of
 * order. A type's Java form depends on how many constructors it has: one gives that constructor's
 * record, several a sealed interface, so a change between one and several changes the Java type of
 * every field and result of that type.
 *
 * @param kind added, removed or changed
 * @param name the type's key ({@code InputPeer})
 * @param oldConstructors the constructors in the old schema, sorted; empty if added
 * @param newConstructors the constructors in the new schema, sorted; empty if removed
 * @param addedConstructors in the new type only, sorted
 * @param removedConstructors in the old type only, sorted
 * @param lostAccessors accessors the old sealed interface declared and the new one does not (gone,
 *     or of another Java type), as {@code id(): long}; empty where either side has no interface
 * @param gainedAccessors accessors the new sealed interface declares and the old one did not
 * @param impact what the change means
 */
public record TypeChange(
    ChangeKind kind,
    String name,
    List<String> oldConstructors,
    List<String> newConstructors,
    List<String> addedConstructors,
    List<String> removedConstructors,
    List<String> lostAccessors,
    List<String> gainedAccessors,
    Impact impact) {

  public TypeChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(impact, "impact");
    oldConstructors = List.copyOf(oldConstructors);
    newConstructors = List.copyOf(newConstructors);
    addedConstructors = List.copyOf(addedConstructors);
    removedConstructors = List.copyOf(removedConstructors);
    lostAccessors = List.copyOf(lostAccessors);
    gainedAccessors = List.copyOf(gainedAccessors);
  }
}

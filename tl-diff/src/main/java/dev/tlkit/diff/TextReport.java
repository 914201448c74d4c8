package dev.tlkit.diff;

import dev.tlkit.schema.OldBytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@link SchemaChanges} as plain text for a terminal: a summary line, then one entry per
 * constructor, function and type (in that order, each sorted by name), marked {@code +} added,
 * {@code -} removed or {@code ~} changed, with the details of a change indented below it.
 *
 * <pre>
 * layer 181 -&gt; 198: 1 added, 0 removed, 1 changed; types: 0 added, 0 removed, 0 changed (0 breaking, 1 wire-incompatible)
 * + inputFoo (constructor)  inputFoo#12345678 x:int = InputFoo
 * ~ phone.requestCall (function)  id 42ff96ed -&gt; a6c4600c  [wire-incompatible]
 *     + conference_call:flags.1?InputGroupCall  source: compatible (optional field; builders and accessors unchanged)  wire: incompatible (the id changed)
 * ~ phoneCallAccepted (constructor)  id 22fd7181 -&gt; 3660c311  [breaking, wire-incompatible]
 *     - conference_call:flags.8?InputGroupCall  source: breaking (its setter and accessor conferenceCall() are gone)  wire: incompatible (the id changed)
 *     old bytes: upgrade to the new phoneCallAccepted, dropping conference_call
 * </pre>
 *
 * <p>A constructor that was removed or whose id changed says what bytes stored with the old one
 * become under the new schema ({@link OldBytes}).
 *
 * <p>Added definitions and types are compatible by definition, so their impact is not printed.
 */
public final class TextReport {
  private TextReport() {}

  public static String render(SchemaChanges changes) {
    StringBuilder out = new StringBuilder();
    out.append(summary(changes)).append('\n');
    for (DefinitionChange d : changes.definitions()) {
      out.append(marker(d.kind())).append(' ').append(d.name())
          .append(" (").append(kindName(d)).append(')');
      switch (d.kind()) {
        case ADDED -> out.append("  ").append(d.newText());
        case REMOVED -> out.append("  ").append(d.oldText());
        case CHANGED -> {
          if (d.idChanged()) {
            out.append("  id ").append(d.oldId()).append(" -> ").append(d.newId());
          }
        }
      }
      out.append(tags(d.impact())).append('\n');
      for (String line : details(d)) {
        out.append("    ").append(line).append('\n');
      }
    }
    for (TypeChange t : changes.types()) {
      out.append(marker(t.kind())).append(' ').append(t.name()).append(" (type)");
      switch (t.kind()) {
        case ADDED -> out.append("  ").append(String.join(", ", t.newConstructors()));
        case REMOVED -> out.append("  ").append(String.join(", ", t.oldConstructors()));
        case CHANGED -> out.append("  ").append(t.oldConstructors().size()).append(" -> ")
            .append(t.newConstructors().size()).append(" constructors");
      }
      out.append(tags(t.impact())).append('\n');
      if (t.kind() == ChangeKind.CHANGED) {
        t.addedConstructors().forEach(c -> out.append("    + ").append(c).append('\n'));
        t.removedConstructors().forEach(c -> out.append("    - ").append(c).append('\n'));
        t.lostAccessors().forEach(a -> out.append("    - accessor ").append(a).append('\n'));
        t.gainedAccessors().forEach(a -> out.append("    + accessor ").append(a).append('\n'));
      }
      if (t.kind() != ChangeKind.ADDED) {
        out.append("    ").append(impact(t.impact())).append('\n');
      }
    }
    return out.toString();
  }

  /** The detail lines of a definition change, unindented. */
  private static List<String> details(DefinitionChange d) {
    List<String> lines = new ArrayList<>();
    if (d.kind() == ChangeKind.REMOVED) {
      lines.add(impact(d.impact()));
    }
    if (d.result() != null) {
      lines.add("result " + d.result().oldType() + " -> " + d.result().newType() + "  "
          + impact(d.result().impact()));
    }
    for (FieldChange f : d.fields()) {
      lines.add(field(f) + "  " + impact(f.impact()));
    }
    if (d.oldBytes() != null) {
      lines.add(oldBytes(d.oldBytes()));
    }
    return lines;
  }

  /**
   * What stored bytes of the old constructor become: {@code old bytes: upgrade to the new user},
   * {@code ..., dropping conference_call}, or {@code old bytes: an old-shape record (why)}.
   */
  static String oldBytes(OldBytes o) {
    if (o instanceof OldBytes.Upgrade u) {
      return "old bytes: upgrade to the new " + u.today().name()
          + (u.lossless() ? "" : ", dropping " + String.join(", ", u.droppedFields()));
    }
    return "old bytes: an old-shape record (" + ((OldBytes.OldShape) o).reason() + ")";
  }

  /** The summary line: {@code layer 181 -> 198: 3 added, ... (2 breaking, 5 wire-incompatible)}. */
  static String summary(SchemaChanges changes) {
    String versions = versions(changes);
    if (changes.isEmpty()) {
      return versions + ": no changes";
    }
    return versions + ": " + counts(changes) + " (" + changes.breakingCount() + " breaking, "
        + changes.wireIncompatibleCount() + " wire-incompatible)";
  }

  /** {@code layer 181 -> 198}, or with file names where a side has no layer. */
  static String versions(SchemaChanges changes) {
    SchemaChanges.Version o = changes.oldVersion();
    SchemaChanges.Version n = changes.newVersion();
    return o.layer().isPresent() && n.layer().isPresent()
        ? "layer " + o.layer().getAsInt() + " -> " + n.layer().getAsInt()
        : o.label() + " -> " + n.label();
  }

  /** {@code 3 added, 1 removed, 2 changed; types: 0 added, 0 removed, 1 changed}. */
  static String counts(SchemaChanges changes) {
    return changes.definitionCount(ChangeKind.ADDED) + " added, "
        + changes.definitionCount(ChangeKind.REMOVED) + " removed, "
        + changes.definitionCount(ChangeKind.CHANGED) + " changed; types: "
        + changes.typeCount(ChangeKind.ADDED) + " added, "
        + changes.typeCount(ChangeKind.REMOVED) + " removed, "
        + changes.typeCount(ChangeKind.CHANGED) + " changed";
  }

  /** A field change without its impact: {@code + a:int}, {@code ~ retyped a:int -> a:long}. */
  static String field(FieldChange f) {
    return switch (f.kind()) {
      case ADDED -> "+ " + f.newText();
      case REMOVED -> "- " + f.oldText();
      case MOVED -> "~ moved " + f.newText() + ", parameter " + (f.oldPosition() + 1) + " -> "
          + (f.newPosition() + 1);
      default -> "~ " + kindName(f.kind()) + " " + f.oldText() + " -> " + f.newText();
    };
  }

  /** {@code source: compatible (why)  wire: incompatible (why)}. */
  static String impact(Impact impact) {
    return "source: " + lower(impact.source()) + " (" + impact.sourceWhy() + ")  wire: "
        + lower(impact.wire()) + " (" + impact.wireWhy() + ")";
  }

  /** {@code retyped}, {@code made optional}, {@code flag moved}. */
  static String kindName(FieldChange.Kind kind) {
    return lower(kind).replace('_', ' ');
  }

  static String kindName(DefinitionChange d) {
    return d.isFunction() ? "function" : "constructor";
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String tags(Impact impact) {
    if (impact.isBreaking() && impact.isWireIncompatible()) {
      return "  [breaking, wire-incompatible]";
    } else if (impact.isBreaking()) {
      return "  [breaking]";
    } else if (impact.isWireIncompatible()) {
      return "  [wire-incompatible]";
    }
    return "";
  }

  private static char marker(ChangeKind kind) {
    return switch (kind) {
      case ADDED -> '+';
      case REMOVED -> '-';
      case CHANGED -> '~';
    };
  }
}

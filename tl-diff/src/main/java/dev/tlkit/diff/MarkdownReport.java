package dev.tlkit.diff;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Renders {@link SchemaChanges} as a Markdown changelog section: a {@code ##} heading naming the
 * two versions, the counts, then {@code ### Added}, {@code ### Removed} and {@code ### Changed}
 * (each only when not empty), listing constructors, then functions, then types, each sorted by
 * name. Changes that break Java code start with <b>breaking</b> in bold; each removal and change
 * says why, for source and for the wire. TL text is in code spans; reasons are escaped.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(SchemaChanges changes) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(escape(heading(changes))).append("\n\n");
    if (changes.isEmpty()) {
      out.append("No changes.\n");
      return out.toString();
    }
    out.append(TextReport.counts(changes)).append(". ")
        .append(changes.breakingCount()).append(" breaking, ")
        .append(changes.wireIncompatibleCount()).append(" wire-incompatible.\n");
    section(out, "Added", changes, ChangeKind.ADDED);
    section(out, "Removed", changes, ChangeKind.REMOVED);
    section(out, "Changed", changes, ChangeKind.CHANGED);
    return out.toString();
  }

  private static void section(StringBuilder out, String heading, SchemaChanges changes,
      ChangeKind kind) {
    Predicate<DefinitionChange> inSection = d -> d.kind() == kind;
    List<DefinitionChange> definitions = changes.definitions().stream().filter(inSection).toList();
    List<TypeChange> types = changes.types().stream().filter(t -> t.kind() == kind).toList();
    if (definitions.isEmpty() && types.isEmpty()) {
      return;
    }
    out.append("\n### ").append(heading).append("\n\n");
    definitions.forEach(d -> definition(out, d));
    types.forEach(t -> type(out, t));
  }

  private static void definition(StringBuilder out, DefinitionChange d) {
    out.append("- ").append(mark(d.impact())).append(TextReport.kindName(d)).append(' ');
    switch (d.kind()) {
      case ADDED -> out.append(code(d.newText())).append('\n');
      case REMOVED -> out.append(code(d.name())).append(": ").append(impact(d.impact()))
          .append('\n');
      case CHANGED -> {
        out.append(code(d.name()));
        if (d.idChanged()) {
          out.append(", id ").append(code(d.oldId())).append(" -> ").append(code(d.newId()));
        }
        out.append('\n');
        if (d.result() != null) {
          out.append("  - result ").append(code(d.result().oldType())).append(" -> ")
              .append(code(d.result().newType())).append(": ").append(impact(d.result().impact()))
              .append('\n');
        }
        for (FieldChange f : d.fields()) {
          out.append("  - ").append(field(f)).append(": ").append(impact(f.impact())).append('\n');
        }
      }
    }
    if (d.oldBytes() != null) {
      out.append("  - ").append(escape(TextReport.oldBytes(d.oldBytes()))).append('\n');
    }
  }

  private static void type(StringBuilder out, TypeChange t) {
    out.append("- ").append(mark(t.impact())).append("type ").append(code(t.name()));
    switch (t.kind()) {
      case ADDED -> out.append(" (").append(codes(t.newConstructors())).append(")\n");
      case REMOVED -> out.append(": ").append(impact(t.impact())).append('\n');
      case CHANGED -> {
        out.append(", ").append(t.oldConstructors().size()).append(" -> ")
            .append(t.newConstructors().size()).append(" constructors");
        if (!t.addedConstructors().isEmpty()) {
          out.append(", added ").append(codes(t.addedConstructors()));
        }
        if (!t.removedConstructors().isEmpty()) {
          out.append(", removed ").append(codes(t.removedConstructors()));
        }
        if (!t.lostAccessors().isEmpty()) {
          out.append(", lost accessors ").append(codes(t.lostAccessors()));
        }
        if (!t.gainedAccessors().isEmpty()) {
          out.append(", gained accessors ").append(codes(t.gainedAccessors()));
        }
        out.append(": ").append(impact(t.impact())).append('\n');
      }
    }
  }

  private static String field(FieldChange f) {
    return switch (f.kind()) {
      case ADDED -> "added " + code(f.newText());
      case REMOVED -> "removed " + code(f.oldText());
      case MOVED -> "moved " + code(f.newText()) + ", parameter " + (f.oldPosition() + 1)
          + " -> " + (f.newPosition() + 1);
      default -> TextReport.kindName(f.kind()) + " " + code(f.oldText()) + " -> "
          + code(f.newText());
    };
  }

  private static String impact(Impact impact) {
    return "source " + TextReport.lower(impact.source()) + " (" + escape(impact.sourceWhy())
        + "); wire " + TextReport.lower(impact.wire()) + " (" + escape(impact.wireWhy()) + ")";
  }

  private static String mark(Impact impact) {
    return impact.isBreaking() ? "**breaking** " : "";
  }

  private static String codes(List<String> names) {
    return names.stream().map(MarkdownReport::code).collect(Collectors.joining(", "));
  }

  /** A code span; TL text never contains a backtick. */
  private static String code(String text) {
    return "`" + text + "`";
  }

  /** Escapes the characters Markdown would read as markup ({@code List<Long>}, {@code user_id}). */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\`*_<[]".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** {@code Layer 198 -> 228}; file names, when a side has no layer, as they are ({@code a.tl -> b.tl}). */
  private static String heading(SchemaChanges changes) {
    String versions = TextReport.versions(changes);
    return versions.startsWith("layer ") ? "Layer" + versions.substring("layer".length()) : versions;
  }
}

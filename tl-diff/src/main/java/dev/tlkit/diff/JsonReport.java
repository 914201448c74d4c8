package dev.tlkit.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tlkit.schema.OldBytes;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@link SchemaChanges} as JSON, for tools. The shape is stable: every key below is always
 * written, in this order, with {@code null} where it does not apply; arrays are sorted by name
 * (fields keep their order in the definition). Enum values are lower case.
 *
 * <pre>
 * {
 *   "format": "tlkit-schema-diff", "version": 1,
 *   "old": {"layer": 181 | null, "files": ["api-181.tl"]},
 *   "new": {"layer": 198 | null, "files": ["api.tl"]},
 *   "summary": {"added": n, "removed": n, "changed": n,            (constructors and functions)
 *               "typesAdded": n, "typesRemoved": n, "typesChanged": n,
 *               "breaking": n, "wireIncompatible": n},             (definitions and types)
 *   "constructors": [DEFINITION], "functions": [DEFINITION], "types": [TYPE]
 * }
 * DEFINITION = {"name": "phone.requestCall", "change": "added" | "removed" | "changed",
 *   "old": TL text | null, "new": TL text | null, "oldId": "42ff96ed" | null,
 *   "newId": "a6c4600c" | null, "idChanged": true | false,
 *   "result": null | {"old": "Bool", "new": "Updates", "impact": IMPACT},
 *   "fields": [FIELD], "impact": IMPACT, "oldBytes": OLD_BYTES | null}
 * FIELD = {"name": "conference_call", "change": "added" | "removed" | "retyped" | "made_optional"
 *   | "made_required" | "flag_moved" | "moved" | "renamed", "old": TL text | null, "new": TL text | null,
 *   "oldPosition": n | null, "newPosition": n | null, "impact": IMPACT}      (0-based positions)
 * TYPE = {"name": "InputPeer", "change": ..., "oldConstructors": [name], "newConstructors": [name],
 *   "addedConstructors": [name], "removedConstructors": [name],
 *   "lostAccessors": ["id(): long"], "gainedAccessors": ["id(): long"], "impact": IMPACT}
 * OLD_BYTES = {"becomes": "upgrade" | "old_shape", "dropped": ["conference_call"],
 *   "reason": "the new one requires days:int, which the old lacks" | null}
 *   (for a constructor removed or whose id changed: what bytes stored with it become, OldBytes)
 * IMPACT = {"source": "compatible" | "breaking", "sourceWhy": "...",
 *   "wire": "compatible" | "incompatible", "wireWhy": "..."}
 * </pre>
 */
public final class JsonReport {
  /** Raised when the shape above changes incompatibly (new keys and values are compatible). */
  public static final int VERSION = 1;

  /** Two-space indentation, one value per line, {@code "key": value}; a final newline. */
  private static final ObjectWriter WRITER = new ObjectMapper().writer(
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private JsonReport() {}

  public static String render(SchemaChanges changes) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "tlkit-schema-diff");
    root.put("version", VERSION);
    root.put("old", version(changes.oldVersion()));
    root.put("new", version(changes.newVersion()));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("added", changes.definitionCount(ChangeKind.ADDED));
    summary.put("removed", changes.definitionCount(ChangeKind.REMOVED));
    summary.put("changed", changes.definitionCount(ChangeKind.CHANGED));
    summary.put("typesAdded", changes.typeCount(ChangeKind.ADDED));
    summary.put("typesRemoved", changes.typeCount(ChangeKind.REMOVED));
    summary.put("typesChanged", changes.typeCount(ChangeKind.CHANGED));
    summary.put("breaking", changes.breakingCount());
    summary.put("wireIncompatible", changes.wireIncompatibleCount());
    root.put("summary", summary);
    root.put("constructors", changes.constructors().stream().map(JsonReport::definition).toList());
    root.put("functions", changes.functions().stream().map(JsonReport::definition).toList());
    root.put("types", changes.types().stream().map(JsonReport::type).toList());
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // maps of strings, numbers and lists: cannot happen
    }
  }

  private static Map<String, Object> version(SchemaChanges.Version v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("layer", v.layer().isPresent() ? v.layer().getAsInt() : null);
    m.put("files", v.files());
    return m;
  }

  private static Map<String, Object> definition(DefinitionChange d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("change", lower(d.kind()));
    m.put("old", d.oldText());
    m.put("new", d.newText());
    m.put("oldId", d.oldId());
    m.put("newId", d.newId());
    m.put("idChanged", d.idChanged());
    if (d.result() == null) {
      m.put("result", null);
    } else {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("old", d.result().oldType());
      r.put("new", d.result().newType());
      r.put("impact", impact(d.result().impact()));
      m.put("result", r);
    }
    m.put("fields", d.fields().stream().map(JsonReport::field).toList());
    m.put("impact", impact(d.impact()));
    m.put("oldBytes", d.oldBytes() == null ? null : oldBytes(d.oldBytes()));
    return m;
  }

  private static Map<String, Object> oldBytes(OldBytes o) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (o instanceof OldBytes.Upgrade u) {
      m.put("becomes", "upgrade");
      m.put("dropped", u.droppedFields());
      m.put("reason", null);
    } else {
      m.put("becomes", "old_shape");
      m.put("dropped", List.of());
      m.put("reason", ((OldBytes.OldShape) o).reason());
    }
    return m;
  }

  private static Map<String, Object> field(FieldChange f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.name());
    m.put("change", lower(f.kind()));
    m.put("old", f.oldText());
    m.put("new", f.newText());
    m.put("oldPosition", f.oldPosition() < 0 ? null : f.oldPosition());
    m.put("newPosition", f.newPosition() < 0 ? null : f.newPosition());
    m.put("impact", impact(f.impact()));
    return m;
  }

  private static Map<String, Object> type(TypeChange t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    m.put("change", lower(t.kind()));
    m.put("oldConstructors", t.oldConstructors());
    m.put("newConstructors", t.newConstructors());
    m.put("addedConstructors", t.addedConstructors());
    m.put("removedConstructors", t.removedConstructors());
    m.put("lostAccessors", t.lostAccessors());
    m.put("gainedAccessors", t.gainedAccessors());
    m.put("impact", impact(t.impact()));
    return m;
  }

  private static Map<String, Object> impact(Impact impact) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", lower(impact.source()));
    m.put("sourceWhy", impact.sourceWhy());
    m.put("wire", lower(impact.wire()));
    m.put("wireWhy", impact.wireWhy());
    return m;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

package dev.tlkit.diff;

import java.util.Locale;
import java.util.function.Function;

/** The forms a {@link SchemaChanges} report can take; the CLI and the Maven goal offer these. */
public enum ReportFormat {
  /** Plain text for a terminal: {@link TextReport}. The default. */
  TEXT(TextReport::render),
  /** A changelog section: {@link MarkdownReport}. */
  MARKDOWN(MarkdownReport::render),
  /** A stable shape for tools: {@link JsonReport}. */
  JSON(JsonReport::render);

  private final Function<SchemaChanges, String> renderer;

  ReportFormat(Function<SchemaChanges, String> renderer) {
    this.renderer = renderer;
  }

  public String render(SchemaChanges changes) {
    return renderer.apply(changes);
  }

  /** The format named {@code text}, {@code markdown} (or {@code md}) or {@code json}, any case. */
  public static ReportFormat of(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "text", "txt" -> TEXT;
      case "markdown", "md" -> MARKDOWN;
      case "json" -> JSON;
      default -> throw new IllegalArgumentException(
          "unknown report format '" + name + "': expected text, markdown or json");
    };
  }
}

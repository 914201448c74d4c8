package dev.tlkit.site;

import java.util.List;

/**
 * What the templates show, one record per part of a page. Text is plain and the template engine
 * escapes it; the only HTML is {@code descriptionHtml}-like fields, which come from the docs
 * sanitiser ({@code DocText.html}) and which templates write with triple braces.
 */
public final class Views {
  private Views() {}

  /** The head of every page: its title and the way back to the root ({@code ../} or ""). */
  public record Frame(String title, String siteName, String root) {}

  /** A piece of a type as text, a link where {@code href} is not null. */
  public record Link(String text, String href) {}

  /** A parameter row. */
  public record Param(String name, String javaName, List<Link> tlType, List<Link> javaType,
      String presence, String descriptionHtml) {}

  /** An error row of a function. */
  public record ErrorRow(String code, String name, String href, String descriptionHtml) {}

  /** An example with its bytes. */
  public record ExampleView(String imports, String java, String variable, int byteCount,
      List<WireRow> wire) {}

  /** The bytes of one field. */
  public record WireRow(String label, String hex) {}

  /** The layer history of a definition. */
  public record HistoryView(List<LayerMark> layers, List<String> events, List<FieldLine> fields) {}

  public record LayerMark(String layer, boolean present) {}

  public record FieldLine(String field, String story) {}

  /** A function's or constructor's page. */
  public record DefinitionPage(Frame frame, String kind, String name, String descriptionHtml,
      ExampleView example, List<Param> params, List<Link> resultTl, List<Link> resultJava,
      List<ErrorRow> errors, String callers, List<Link> type, String tl, String id, String location,
      String javaClass, HistoryView history, boolean isFunction) {
    public boolean hasParams() {
      return !params.isEmpty();
    }

    public boolean hasErrors() {
      return errors != null && !errors.isEmpty();
    }
  }

  /** A link to a definition with its TL line. */
  public record DefinitionLink(String name, String href, String tl) {}

  /** A type's page. */
  public record TypePage(Frame frame, String name, String descriptionHtml, String javaClass,
      List<DefinitionLink> constructors, List<DefinitionLink> returning, List<DefinitionLink> taking,
      List<DefinitionLink> containing, List<Link> typesContaining) {}

  /** A function that may answer an error, with its code and text for it. */
  public record Answer(String name, String href, String code, String descriptionHtml) {}

  /** An error's page. */
  public record ErrorPage(Frame frame, String name, String code, String descriptionHtml,
      String parameter, boolean catalogued, List<Answer> functions) {
    public boolean hasFunctions() {
      return !functions.isEmpty();
    }
  }

  /** A row of the error catalogue. */
  public record CatalogueRow(String code, String name, String href, String descriptionHtml, int functions) {}

  public record CataloguePage(Frame frame, int count, List<CatalogueRow> errors) {}

  /** A namespace on the index, with its definitions. */
  public record Namespace(String name, String anchor, int functions, int constructors, int types,
      List<Link> functionLinks, List<Link> constructorLinks, List<Link> typeLinks) {
    public boolean hasFunctions() {
      return !functionLinks.isEmpty();
    }

    public boolean hasConstructors() {
      return !constructorLinks.isEmpty();
    }

    public boolean hasTypes() {
      return !typeLinks.isEmpty();
    }
  }

  public record IndexPage(Frame frame, String layer, int functions, int constructors, int types,
      int errors, List<Namespace> namespaces, List<String> historyLayers, String packageName) {
    public boolean hasHistory() {
      return !historyLayers.isEmpty();
    }
  }
}

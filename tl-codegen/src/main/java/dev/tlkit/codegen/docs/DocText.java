package dev.tlkit.codegen.docs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup of docs texts, and its three renderings: Javadoc, plain text and Markdown.
 *
 * <p>A docs text is an HTML fragment as core.telegram.org writes its descriptions, not always
 * well-formed: the inline tags {@code a} (with {@code href}), {@code code}, {@code strong},
 * {@code b}, {@code em}, {@code i}, {@code u}, {@code del}, {@code s}, {@code sub}, {@code sup}
 * and {@code br}; {@code img} stands for its {@code alt} text; character references
 * ({@code &amp;raquo;}, {@code &amp;#187;}); a blank line starts a paragraph. A reference to
 * another definition of the schema is written {@code {@tl NAME}} ({@code {@tl phone.requestCall}}).
 * Anything else that looks like a tag ({@code <pre>}, {@code a < b}) is text, an unknown
 * reference ({@code &amp;foo;}) is text, and a closing tag that closes nothing is text.
 */
public final class DocText {
  private DocText() {}

  private static final Set<String> INLINE = Set.of(
      "a", "code", "strong", "b", "em", "i", "u", "del", "s", "sub", "sup");
  private static final Pattern TAG = Pattern.compile(
      "<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z-]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([a-zA-Z-]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
  private static final Pattern REFERENCE = Pattern.compile(
      "&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));");
  private static final Pattern TL_REF = Pattern.compile("\\{@tl ([A-Za-z0-9_.:]+)\\}");
  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("raquo", "\u00bb"),
      Map.entry("laquo", "\u00ab"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
      Map.entry("hellip", "\u2026"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
      Map.entry("trade", "\u2122"), Map.entry("times", "\u00d7"), Map.entry("middot", "\u00b7"),
      Map.entry("bull", "\u2022"), Map.entry("euro", "\u20ac"), Map.entry("rarr", "\u2192"),
      Map.entry("larr", "\u2190"));

  /** The name of an {@code a} without a link we can keep: its text stays, the tag goes. */
  private static final String NO_LINK = "#a";

  /** A piece of a docs text. */
  sealed interface Token {}

  /** Text, with its character references already decoded. */
  record Text(String text) implements Token {}

  /** An opening or closing inline tag; {@code href} only for an {@code a} that has one. */
  record Tag(String name, boolean closing, String href) implements Token {}

  /** A line break ({@code br}). */
  record Break() implements Token {}

  /** A paragraph break (a blank line). */
  record Paragraph() implements Token {}

  /** {@code {@tl NAME}}. */
  record Reference(String name) implements Token {}

  /** Plain text (a TDLib comment) as a docs text: what would be markup is escaped. */
  public static String ofPlain(String plain) {
    return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("{@", "&#123;@");
  }

  /**
   * The text as Javadoc HTML that javadoc's doclint accepts: tags balanced, {@code @}, {@code *}{@code /},
   * backslashes and stray {@code <} {@code >} {@code &} escaped, {@code {@tl NAME}} a {@code {@link}}.
   *
   * @param linkTo the Java class name (simple, in the same package) of a TL name, or null if the
   *     schema has no such definition; then the name is written as code
   */
  public static String javadoc(String text, Function<String, String> linkTo) {
    return html(text, DocText::escapeHtml, name -> {
      String target = linkTo.apply(name);
      return target == null ? "{@code " + javadocCode(name) + "}" : "{@link " + target + "}";
    }).replace("*/", "*&#47;");
  }

  /**
   * The text as an HTML fragment for a web page, sanitised as {@link #javadoc} is: only the
   * inline tags above are kept, balanced; links only to absolute {@code http(s)} and
   * {@code mailto} addresses; everything else is escaped text, so no script, attribute or
   * element of the docs text reaches the page.
   *
   * @param hrefOf the address of the page of a TL name, or null if there is none; then
   *     {@code {@tl NAME}} is written as code
   */
  public static String html(String text, Function<String, String> hrefOf) {
    return html(text, DocText::escapeText, name -> {
      String href = hrefOf.apply(name);
      String code = "<code>" + escapeText(name) + "</code>";
      return href == null ? code : "<a href=\"" + escapeText(href).replace("\"", "&quot;") + "\">" + code + "</a>";
    });
  }

  /** The kept tags as HTML, text through {@code escape}, {@code {@tl NAME}} through {@code reference}. */
  private static String html(String text, Function<String, String> escape, Function<String, String> reference) {
    StringBuilder out = new StringBuilder();
    for (Token t : tokens(text)) {
      if (t instanceof Text x) {
        out.append(escape.apply(x.text()));
      } else if (t instanceof Tag tag && tag.name().equals(NO_LINK)) {
        continue;
      } else if (t instanceof Tag tag && tag.closing()) {
        out.append("</").append(tag.name()).append('>');
      } else if (t instanceof Tag tag) {
        out.append('<').append(tag.name());
        if (tag.href() != null) {
          out.append(" href=\"").append(escape.apply(tag.href()).replace("\"", "&quot;")).append('"');
        }
        out.append('>');
      } else if (t instanceof Break) {
        out.append("<br>");
      } else if (t instanceof Paragraph) {
        out.append("\n<p>");
      } else if (t instanceof Reference r) {
        out.append(reference.apply(r.name()));
      }
    }
    return out.toString();
  }

  /** The text without markup: tags dropped, references decoded, {@code {@tl NAME}} as NAME. */
  public static String plain(String text) {
    return unmarked(text, false);
  }

  /**
   * The text for a terminal: as {@link #plain}, but a link keeps where it leads, in parentheses
   * after its text ({@code see here » (https://core.telegram.org/api/calls)}), since a terminal
   * cannot follow it. A link whose text is already its address is written once.
   */
  public static String text(String text) {
    return unmarked(text, true);
  }

  /** The text without markup; with {@code linkAddresses}, each link's address after its text. */
  private static String unmarked(String text, boolean linkAddresses) {
    StringBuilder out = new StringBuilder();
    String href = null;
    int linkStart = 0;
    for (Token t : tokens(text)) {
      if (t instanceof Text x) {
        out.append(x.text());
      } else if (linkAddresses && t instanceof Tag tag && tag.name().equals("a")) {
        if (!tag.closing()) {
          href = tag.href();
          linkStart = out.length();
        } else if (href != null) {
          if (!out.substring(linkStart).strip().equals(href)) {
            out.append(" (").append(href).append(')');
          }
          href = null;
        }
      } else if (t instanceof Break) {
        out.append('\n');
      } else if (t instanceof Paragraph) {
        out.append("\n\n");
      } else if (t instanceof Reference r) {
        out.append(r.name());
      }
    }
    return out.toString().replace('\u00a0', ' ').strip();
  }

  /**
   * The text as Markdown on one line (for table cells): links as {@code [text](url)}, code in
   * backticks, emphasis with {@code *}, breaks as {@code <br>}, {@code {@tl NAME}} as code.
   */
  public static String markdown(String text) {
    StringBuilder out = new StringBuilder();
    Deque<String> hrefs = new ArrayDeque<>();
    for (Token t : tokens(text)) {
      if (t instanceof Text x) {
        out.append(escapeMarkdown(x.text().replace('\n', ' ')));
      } else if (t instanceof Tag tag) {
        switch (tag.name()) {
          case "a" -> {
            if (tag.closing()) {
              out.append("](").append(hrefs.isEmpty() ? "" : hrefs.pop()).append(')');
            } else {
              hrefs.push(tag.href() == null ? "" : tag.href().replace(")", "%29").replace(" ", "%20"));
              out.append('[');
            }
          }
          case "code" -> out.append('`');
          case "strong", "b" -> out.append("**");
          case "em", "i" -> out.append('*');
          case "del", "s" -> out.append("~~");
          default -> { }
        }
      } else if (t instanceof Break) {
        out.append("<br>");
      } else if (t instanceof Paragraph) {
        out.append("<br><br>");
      } else if (t instanceof Reference r) {
        out.append('`').append(r.name()).append('`');
      }
    }
    return out.toString().strip();
  }

  /** The names that {@code {@tl NAME}} references in the text. */
  public static List<String> references(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = TL_REF.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The text as tokens, with tags balanced: every tag kept is closed, in order. */
  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    StringBuilder pending = new StringBuilder();
    String s = text.strip().replace("\r\n", "\n");
    int i = 0;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == '<') {
        Matcher m = TAG.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
          String name = m.group(2).toLowerCase(Locale.ROOT);
          boolean closing = !m.group(1).isEmpty();
          Token tag = tag(name, closing, m.group(3), open);
          if (tag != null) {
            flush(pending, tokens);
            if (tag instanceof Text alt) {
              pending.append(alt.text());
            } else if (tag instanceof Tag t && t.closing()) {
              while (!open.isEmpty()) { // close what was left open inside it
                String inner = open.pop();
                tokens.add(new Tag(inner, true, null));
                if (inner.equals(t.name())) {
                  break;
                }
              }
            } else {
              if (tag instanceof Tag t) {
                open.push(t.name());
              }
              tokens.add(tag);
            }
            i = m.end();
            continue;
          }
        }
      } else if (ch == '&') {
        Matcher m = REFERENCE.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
          String decoded = decode(m);
          if (decoded != null) {
            pending.append(decoded);
            i = m.end();
            continue;
          }
        }
      } else if (ch == '{') {
        Matcher m = TL_REF.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
          flush(pending, tokens);
          tokens.add(new Reference(m.group(1)));
          i = m.end();
          continue;
        }
      } else if (ch == '\n') {
        int j = i;
        int newlines = 0;
        while (j < s.length() && (s.charAt(j) == '\n' || s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
          newlines += s.charAt(j) == '\n' ? 1 : 0;
          j++;
        }
        if (newlines > 1) {
          flush(pending, tokens);
          tokens.add(new Paragraph());
          i = j;
          continue;
        }
      }
      pending.append(ch);
      i++;
    }
    flush(pending, tokens);
    while (!open.isEmpty()) {
      tokens.add(new Tag(open.pop(), true, null));
    }
    return tokens;
  }

  /**
   * The token of a tag: a kept tag, a break, an image's alt text, or null when the tag is text:
   * not an inline tag, a closing tag of nothing open, or a link inside a link.
   */
  private static Token tag(String name, boolean closing, String attributes, Deque<String> open) {
    if (name.equals("br")) {
      return closing ? null : new Break();
    }
    if (name.equals("img")) {
      String alt = attribute(attributes, "alt");
      return closing || alt == null ? null : new Text(alt);
    }
    if (!INLINE.contains(name)) {
      return null;
    }
    if (closing) {
      if (name.equals("a") && !open.contains("a") && open.contains(NO_LINK)) {
        return new Tag(NO_LINK, true, null);
      }
      return open.contains(name) ? new Tag(name, true, null) : null;
    }
    if (name.equals("a")) {
      if (open.contains("a") || open.contains(NO_LINK)) {
        return null;
      }
      String href = link(attribute(attributes, "href"));
      return href == null ? new Tag(NO_LINK, false, null) : new Tag("a", false, href);
    }
    return new Tag(name, false, null);
  }

  /** An absolute link, or null: a link to an anchor of a page we do not have is no link. */
  private static String link(String href) {
    if (href == null) {
      return null;
    }
    String h = href.strip();
    if (h.startsWith("//")) {
      return "https:" + h;
    }
    return h.startsWith("https://") || h.startsWith("http://") || h.startsWith("mailto:") ? h : null;
  }

  private static String attribute(String attributes, String name) {
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      if (m.group(1).equalsIgnoreCase(name)) {
        String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        return v == null ? "" : decodeAll(v);
      }
    }
    return null;
  }

  private static String decodeAll(String s) {
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String d = decode(m);
      m.appendReplacement(out, Matcher.quoteReplacement(d == null ? m.group() : d));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The character a reference stands for, or null if it is not one we know. */
  private static String decode(Matcher m) {
    try {
      if (m.group(1) != null) {
        return Character.toString(Integer.parseInt(m.group(1)));
      }
      if (m.group(2) != null) {
        return Character.toString(Integer.parseInt(m.group(2), 16));
      }
    } catch (IllegalArgumentException e) {
      return null; // not a code point
    }
    return ENTITIES.get(m.group(3));
  }

  private static void flush(StringBuilder pending, List<Token> tokens) {
    if (pending.length() > 0) {
      tokens.add(new Text(pending.toString()));
      pending.setLength(0);
    }
  }

  /** Text for Javadoc HTML: markup characters, tags' {@code @} and javac's backslash escaped. */
  static String escapeHtml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text for an HTML page: only the markup characters escaped. */
  private static String escapeText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String javadocCode(String s) {
    return s.replace("@", "&#64;").replace("\\", "&#92;");
  }

  private static String escapeMarkdown(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]|<>".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}

package dev.tlkit.schema.syntax;

import dev.tlkit.schema.Doc;
import dev.tlkit.schema.Location;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * What comments say about a file: TDLib doc comments, {@code // LAYER N} and
 * {@code // tlkit:allow-id-mismatch}. The lexer puts every comment on the hidden channel, so this
 * reads them back from the token stream around each definition.
 *
 * <p>TDLib's doc format, as its own generator reads it: the {@code //@} and {@code //-} lines
 * directly before a definition are joined with spaces ({@code //-} continues the previous line),
 * then split at each {@code @} that starts a word: {@code @description text}, {@code @name text}.
 * A field whose name clashes with a tag is documented as {@code @param_name}. A
 * {@code //@class Name @description text} line (with its {@code //-} lines) documents the boxed type
 * {@code Name} and belongs to no definition.
 */
public final class DocComments {
  private static final Pattern LAYER = Pattern.compile("//\\s*LAYER\\s+(\\d{1,9})\\s*");
  private static final Pattern ALLOW_ID_MISMATCH =
      Pattern.compile("//\\s*tlkit:allow-id-mismatch\\b.*");
  private static final String PARAM_PREFIX = "param_";

  private final String path;
  private final BufferedTokenStream tokens;

  DocComments(String path, BufferedTokenStream tokens) {
    this.path = path;
    this.tokens = tokens;
  }

  /** The doc comment lines directly above {@code first}, the first token of a definition. */
  Doc docBefore(Token first, Collection<String> paramNames) {
    List<String> lines = new ArrayList<>();
    int expectedLine = first.getLine() - 1;
    for (Token t : reversed(tokens.getHiddenTokensToLeft(first.getTokenIndex()))) {
      if (t.getLine() != expectedLine || isTrailing(t)) {
        break;
      }
      String text = t.getText().strip();
      expectedLine--;
      if (ALLOW_ID_MISMATCH.matcher(text).matches()) {
        continue;
      }
      if (!text.startsWith("//@") && !text.startsWith("//-")) {
        break;
      }
      lines.add(0, text);
    }
    // A //@class block right above belongs to the type, not to this definition; so does any
    // continuation line left at the top.
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("//@class")) {
        start = i + 1;
      }
    }
    while (start < lines.size() && lines.get(start).startsWith("//-")) {
      start++;
    }
    if (start >= lines.size()) {
      return Doc.EMPTY;
    }
    String description = "";
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> tag : tags(lines.subList(start, lines.size())).entrySet()) {
      String key = tag.getKey();
      if (key.equals("description")) {
        description = tag.getValue();
      } else {
        if (key.startsWith(PARAM_PREFIX) && paramNames.contains(key.substring(PARAM_PREFIX.length()))) {
          key = key.substring(PARAM_PREFIX.length());
        }
        params.put(key, tag.getValue());
      }
    }
    return new Doc(description, params);
  }

  /** Whether a {@code // tlkit:allow-id-mismatch} comment sits on the line above or after the ';'. */
  boolean allowsIdMismatch(Token first, Token last) {
    for (Token t : reversed(tokens.getHiddenTokensToLeft(first.getTokenIndex()))) {
      if (t.getLine() == first.getLine() - 1
          && !isTrailing(t)
          && ALLOW_ID_MISMATCH.matcher(t.getText().strip()).matches()) {
        return true;
      }
    }
    if (last.getTokenIndex() < 0) {
      return false;
    }
    List<Token> right = tokens.getHiddenTokensToRight(last.getTokenIndex());
    if (right != null) {
      for (Token t : right) {
        if (t.getLine() == last.getLine() && ALLOW_ID_MISMATCH.matcher(t.getText().strip()).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every {@code //@class} comment of the file, in order. */
  List<ClassDocElement> classDocs() {
    List<ClassDocElement> result = new ArrayList<>();
    List<? extends Token> all = tokens.getTokens();
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t.getChannel() != Token.HIDDEN_CHANNEL || !t.getText().startsWith("//@class")) {
        continue;
      }
      List<String> lines = new ArrayList<>(List.of(t.getText().strip()));
      int line = t.getLine();
      for (int j = i + 1; j < all.size(); j++) {
        Token next = all.get(j);
        if (next.getChannel() != Token.HIDDEN_CHANNEL
            || next.getLine() != line + 1
            || !next.getText().startsWith("//-")) {
          break;
        }
        lines.add(next.getText().strip());
        line++;
      }
      Map<String, String> tags = tags(lines);
      String typeName = tags.getOrDefault("class", "");
      if (!typeName.isEmpty()) {
        Location location = Location.of(path, t.getLine(), t.getCharPositionInLine() + 1);
        result.add(new ClassDocElement(
            location, typeName, new Doc(tags.getOrDefault("description", ""), Map.of())));
      }
    }
    return result;
  }

  /** The last {@code // LAYER N} comment of the file. */
  OptionalInt layer() {
    OptionalInt layer = OptionalInt.empty();
    for (Token t : tokens.getTokens()) {
      if (t.getChannel() == Token.HIDDEN_CHANNEL) {
        Matcher m = LAYER.matcher(t.getText().strip());
        if (m.matches()) {
          layer = OptionalInt.of(Integer.parseInt(m.group(1)));
        }
      }
    }
    return layer;
  }

  /**
   * The doc comment lines for a definition, as {@link #docBefore} reads them back: the description,
   * then one line per documented parameter.
   */
  public static List<String> format(Doc doc, Collection<String> paramNames) {
    List<String> lines = new ArrayList<>();
    if (!doc.description().isEmpty()) {
      lines.add("//@description " + doc.description());
    }
    for (Map.Entry<String, String> param : doc.params().entrySet()) {
      String tag = param.getKey();
      // A field named like a tag must be written @param_name, as TDLib does.
      if (tag.equals("description") || tag.equals("class") || tag.startsWith(PARAM_PREFIX)) {
        tag = PARAM_PREFIX + tag;
      }
      lines.add("//@" + tag + (param.getValue().isEmpty() ? "" : " " + param.getValue()));
    }
    return lines;
  }

  /** Joins doc lines and splits them into {@code @key value} tags, in order. */
  private static Map<String, String> tags(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.startsWith("//-") ? line.substring(3).strip() : line.substring(2).strip())
          .append(' ');
    }
    Map<String, String> tags = new LinkedHashMap<>();
    String all = text.toString();
    int at = all.indexOf('@');
    while (at >= 0) {
      int next = nextTag(all, at + 1);
      String tag = all.substring(at + 1, next < 0 ? all.length() : next).strip();
      int space = tag.indexOf(' ');
      String key = space < 0 ? tag : tag.substring(0, space);
      String value = space < 0 ? "" : tag.substring(space + 1).strip();
      if (!key.isEmpty()) {
        tags.put(key, value);
      }
      at = next;
    }
    return tags;
  }

  /** The next '@' that starts a word (TDLib writes tags after a space; an e-mail's '@' is text). */
  private static int nextTag(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '@' && text.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** A comment after code on the same line: it belongs to that code, not to the next line. */
  private boolean isTrailing(Token comment) {
    int index = comment.getTokenIndex();
    return index > 0 && tokens.get(index - 1).getLine() == comment.getLine()
        && tokens.get(index - 1).getType() != Token.EOF;
  }

  private static List<Token> reversed(List<Token> list) {
    if (list == null) {
      return List.of();
    }
    List<Token> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}

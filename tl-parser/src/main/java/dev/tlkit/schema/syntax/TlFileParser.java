package dev.tlkit.schema.syntax;

import dev.tlkit.schema.ErrorCollector;
import dev.tlkit.schema.Location;
import dev.tlkit.schema.grammar.TlLexer;
import dev.tlkit.schema.grammar.TlParser;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Parses the text of one {@code .tl} file into a {@link TlFileElement}, reporting syntax errors to
 * an {@link ErrorCollector} instead of the console. Whatever the text, the result is an element
 * (possibly empty) and errors; nothing is thrown.
 */
public final class TlFileParser {
  /**
   * Deeper nesting of {@code < ( { [} than this is refused before parsing: real schemas nest two
   * levels ({@code Vector<Vector<TlsBlock>>}), and the recursive descent parser must not run out of
   * stack on hostile input.
   */
  static final int MAX_NESTING = 64;

  private TlFileParser() {}

  public static TlFileElement parse(String path, String text, ErrorCollector errors) {
    errors.addSource(path, text);
    SyntaxErrorListener listener = new SyntaxErrorListener(path, errors);
    TlLexer lexer = new TlLexer(CharStreams.fromString(text, path));
    lexer.removeErrorListeners();
    lexer.addErrorListener(listener);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    try {
      tokens.fill();
      BitSet strayCharacters = reportLexicalErrors(tokens, listener, path);
      if (!nestingWithinLimit(tokens, listener, path)) {
        return empty(path);
      }
      TlParser parser = new TlParser(tokens);
      parser.removeErrorListeners();
      parser.addErrorListener(listener);
      parser.setErrorHandler(new SyntaxErrorStrategy());
      TlParser.TlFileContext tree = parser.tlFile();
      return new ElementBuilder(path, new DocComments(path, tokens), listener, strayCharacters)
          .createTlFile(tree);
    } catch (SyntaxErrorListener.TooManyErrors e) {
      return empty(path);
    }
  }

  /**
   * Reports unclosed comments, and characters TL has no use for (a run of them is one error).
   * Returns the token indexes of those characters, which the parser never saw.
   */
  private static BitSet reportLexicalErrors(
      CommonTokenStream tokens, SyntaxErrorListener listener, String path) {
    BitSet strays = new BitSet();
    List<Token> all = tokens.getTokens();
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t.getType() == TlLexer.UNCLOSED_COMMENT) {
        listener.error(location(path, t), "unclosed comment: '/*' without a matching '*/'");
      } else if (t.getType() == TlLexer.STRAY_CHAR) {
        strays.set(i);
        StringBuilder run = new StringBuilder(shown(t.getText()));
        while (i + 1 < all.size() && all.get(i + 1).getType() == TlLexer.STRAY_CHAR
            && all.get(i + 1).getStartIndex() == all.get(i).getStopIndex() + 1
            && all.get(i + 1).getLine() == t.getLine()) {
          run.append(shown(all.get(++i).getText()));
          strays.set(i);
        }
        listener.error(location(path, t), (run.length() == shown(t.getText()).length()
            ? "unexpected character '" : "unexpected characters '") + run + "'");
      }
    }
    return strays;
  }

  /** Control characters as a Unicode escape, so that the message shows them. */
  private static String shown(String character) {
    int c = character.codePointAt(0);
    return Character.isISOControl(c) ? String.format("\\u%04x", c) : character;
  }

  private static boolean nestingWithinLimit(
      CommonTokenStream tokens, SyntaxErrorListener listener, String path) {
    int depth = 0;
    for (Token t : tokens.getTokens()) {
      switch (t.getType()) {
        case TlLexer.LT, TlLexer.LPAREN, TlLexer.LBRACE, TlLexer.LBRACKET -> depth++;
        case TlLexer.GT, TlLexer.RPAREN, TlLexer.RBRACE, TlLexer.RBRACKET -> depth = Math.max(0, depth - 1);
        case TlLexer.SEMI -> depth = 0;
        default -> { }
      }
      if (depth > MAX_NESTING) {
        listener.error(location(path, t), "types nested more than " + MAX_NESTING + " levels deep");
        return false;
      }
    }
    return true;
  }

  private static Location location(String path, Token token) {
    return Location.of(path, token.getLine(), token.getCharPositionInLine() + 1);
  }

  private static TlFileElement empty(String path) {
    return new TlFileElement(path, OptionalInt.empty(), List.of(), List.of(), Set.of());
  }
}

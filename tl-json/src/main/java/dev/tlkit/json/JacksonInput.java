package dev.tlkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tlkit.runtime.json.JsonInput;
import dev.tlkit.runtime.json.TlJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The runtime's {@link JsonInput} over Jackson's streaming parser: the JSON text's tokens, with
 * Jackson's own limits ({@code StreamReadConstraints}: nesting, string and number lengths).
 *
 * <p>Either the whole input is one value ({@link #of(JsonParser)}), or the value starts at the
 * parser's current token and ends where it does, leaving the parser on its last token ({@link
 * #embedded(JsonParser)}): how a Jackson deserializer reads a TL object inside other JSON.
 */
public final class JacksonInput implements JsonInput {
  private final JsonParser parser;
  private final boolean embedded;
  /** Embedded: whether the first token, already current, was handed out. */
  private boolean started;
  /** Embedded: how deep in the value, 0 once it is over. */
  private int depth;
  private boolean over;
  /** The current token's text, read with the token: Jackson reads a string's end lazily. */
  private String text;

  private JacksonInput(JsonParser parser, boolean embedded) {
    this.parser = parser;
    this.embedded = embedded;
  }

  /**
   * The tokens of a parser that has read nothing yet, up to the end of its input.
   *
   * @param parser the parser
   * @return the input
   */
  public static JacksonInput of(JsonParser parser) {
    return new JacksonInput(parser, false);
  }

  /**
   * The tokens of the value at the parser's current token, then {@link Token#END}.
   *
   * @param parser a parser positioned on the value's first token
   * @return the input
   */
  public static JacksonInput embedded(JsonParser parser) {
    return new JacksonInput(parser, true);
  }

  @Override
  public Token next() {
    if (over) {
      return Token.END;
    }
    JsonToken t;
    if (embedded && !started) {
      started = true;
      t = parser.currentToken();
    } else if (embedded && depth == 0) {
      over = true;
      return Token.END;
    } else {
      try {
        t = parser.nextToken();
      } catch (JsonProcessingException e) {
        throw syntaxError(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (t == null) {
      over = true;
      return Token.END;
    }
    if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING || t.isNumeric()) {
      text = readText();
    }
    return switch (t) {
      case START_OBJECT -> {
        depth++;
        yield Token.START_OBJECT;
      }
      case END_OBJECT -> {
        depth--;
        yield Token.END_OBJECT;
      }
      case START_ARRAY -> {
        depth++;
        yield Token.START_ARRAY;
      }
      case END_ARRAY -> {
        depth--;
        yield Token.END_ARRAY;
      }
      case FIELD_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Token.NUMBER;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      case VALUE_NULL -> Token.NULL;
      // Embedded objects and the like come from parsers over Java values, not over JSON text.
      default -> throw new TlJsonException("", "not a JSON token: " + t, line(), column());
    };
  }

  @Override
  public String text() {
    return text;
  }

  private String readText() {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TlJsonException syntaxError(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    // "(start marker at [Source: REDACTED (...); line: 2, column: 6])": the source is the
    // user's own text, and the place is all that helps.
    String reason = SOURCE.matcher(e.getOriginalMessage()).replaceAll("$1");
    return new TlJsonException("", reason, at == null ? 0 : at.getLineNr(),
        at == null ? 0 : at.getColumnNr(), e);
  }

  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile("\\[Source: .*?; (line: \\d+, column: \\d+)\\]");

  @Override
  public int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  @Override
  public int column() {
    return parser.currentTokenLocation().getColumnNr();
  }
}

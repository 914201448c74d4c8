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
    Token token = TOKENS[t.ordinal()];
    switch (token) {
      case NAME -> text = readText(); // Jackson's own canonical name: nothing is made
      // A string is read to its end now, so that a bad escape in it is this token's error; its
      // String is made only if asked for, as a long's decimal string is read from the chars.
      case STRING -> {
        text = null;
        readChars();
      }
      // A number's text is made only if asked for: intValue and longValue mostly do without.
      case NUMBER -> text = null;
      case START_OBJECT, START_ARRAY -> depth++;
      case END_OBJECT, END_ARRAY -> depth--;
      case END -> throw new TlJsonException("", "not a JSON token: " + t, line(), column());
      default -> { }
    }
    return token;
  }

  /**
   * Jackson's tokens as the runtime's, by ordinal; {@link Token#END} for those that come from
   * parsers over Java values (embedded objects and the like), not over JSON text.
   */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    java.util.Arrays.fill(TOKENS, Token.END);
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.NUMBER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.NUMBER;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  @Override
  public String text() {
    if (text == null) {
      JsonToken t = parser.currentToken();
      if (t == JsonToken.VALUE_STRING || t != null && t.isNumeric()) {
        text = readText();
      }
    }
    return text;
  }

  @Override
  public long longText() {
    if (text == null && parser.currentToken() == JsonToken.VALUE_STRING) {
      char[] chars = readChars();
      try {
        int off = parser.getTextOffset();
        int len = parser.getTextLength();
        long value = decimal(chars, off, len);
        if (value != NOT_SIMPLE) {
          return value;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Long.parseLong(text());
  }

  @Override
  public CharSequence textChars() {
    if (text != null || parser.currentToken() != JsonToken.VALUE_STRING) {
      return text();
    }
    char[] chars = readChars();
    try {
      return view.of(chars, parser.getTextOffset(), parser.getTextLength());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@link #textChars()} hands out: the parser's chars, until the next token. */
  private final Chars view = new Chars();

  /** A window on a char array, moved from one string to the next. */
  private static final class Chars implements CharSequence {
    private char[] chars;
    private int offset;
    private int length;

    Chars of(char[] chars, int offset, int length) {
      this.chars = chars;
      this.offset = offset;
      this.length = length;
      return this;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return chars[offset + java.util.Objects.checkIndex(index, length)];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().substring(start, end);
    }

    @Override
    public String toString() {
      return new String(chars, offset, length);
    }
  }

  /** What {@link #decimal} answers for text it leaves to {@code Long.parseLong}. */
  private static final long NOT_SIMPLE = Long.MIN_VALUE;

  /**
   * The value of an optional minus and 1 to 19 ASCII digits that certainly fit in a long, or
   * {@link #NOT_SIMPLE} for anything else (a plus, other digits, values near the limits), which
   * {@code Long.parseLong} then reads or refuses as it always does.
   */
  private static long decimal(char[] c, int off, int len) {
    int i = off;
    int end = off + len;
    boolean negative = len > 0 && c[i] == '-';
    if (negative) {
      i++;
    }
    int digits = end - i;
    if (digits < 1 || digits > 19) {
      return NOT_SIMPLE;
    }
    long v = 0;
    for (int k = 0; k < Math.min(digits, 18); k++, i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return NOT_SIMPLE;
      }
      v = v * 10 + d;
    }
    if (i < end) {
      int d = c[i] - '0';
      // 922337203685477580 * 10 + 9 still fits; from there on, Long.parseLong decides.
      if (d < 0 || d > 9 || v >= 922337203685477580L) {
        return NOT_SIMPLE;
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  private char[] readChars() {
    try {
      return parser.getTextCharacters();
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int intValue() {
    try {
      if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
          && parser.getNumberType() == JsonParser.NumberType.INT) {
        return parser.getIntValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Integer.parseInt(text()); // a fraction, an exponent, or beyond 32 bits: refused there
  }

  @Override
  public long longValue() {
    try {
      if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
          return parser.getLongValue();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Long.parseLong(text());
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

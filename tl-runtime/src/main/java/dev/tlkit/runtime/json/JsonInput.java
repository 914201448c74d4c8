package dev.tlkit.runtime.json;

/**
 * The tokens of one JSON text, pulled one at a time: all that the runtime needs of a JSON parser,
 * so that it carries none. {@code tl-json} implements it over Jackson's streaming parser; any other
 * parser can be adapted in a few lines.
 *
 * <p>An implementation reports malformed text by throwing {@link TlJsonException} from {@link
 * #next()} with the line and column (and no path: the reader adds it). It must bound what it reads
 * (string and number lengths), as Jackson's {@code StreamReadConstraints} do.
 */
public interface JsonInput {
  /** A JSON token. */
  enum Token {
    /** An opening brace: an object starts. */
    START_OBJECT,
    /** A closing brace: the object ends. */
    END_OBJECT,
    /** An opening bracket: an array starts. */
    START_ARRAY,
    /** A closing bracket: the array ends. */
    END_ARRAY,
    /** A member name; {@link #text()} is the name. */
    NAME,
    /** A string value; {@link #text()} is its content, unescaped. */
    STRING,
    /** A number; {@link #text()} is the number as written. */
    NUMBER,
    /** {@code true} */
    TRUE,
    /** {@code false} */
    FALSE,
    /** {@code null} */
    NULL,
    /** The end of the input: no more tokens. */
    END
  }

  /**
   * Moves to the next token.
   *
   * @return the token, {@link Token#END} once the input is exhausted
   * @throws TlJsonException if the text is not well-formed JSON there
   */
  Token next();

  /**
   * Returns the text of the current token.
   *
   * @return the name of a {@link Token#NAME}, the content of a {@link Token#STRING}, the digits of a
   *     {@link Token#NUMBER} as written; unspecified for other tokens
   */
  String text();

  /**
   * Returns the current {@link Token#NUMBER} as an int, exactly as {@code
   * Integer.parseInt(text())} does: a parser that has the number already may skip the text.
   *
   * @return the number
   * @throws NumberFormatException if the number is not an integer of 32 bits
   */
  default int intValue() {
    return Integer.parseInt(text());
  }

  /**
   * Returns the current {@link Token#NUMBER} as a long, exactly as {@code Long.parseLong(text())}
   * does.
   *
   * @return the number
   * @throws NumberFormatException if the number is not an integer of 64 bits
   */
  default long longValue() {
    return Long.parseLong(text());
  }

  /**
   * Returns the current {@link Token#STRING} as a long, exactly as {@code Long.parseLong(text())}
   * does: how tlkit's dialect writes a long, read without making the string where a parser can.
   *
   * @return the number
   * @throws NumberFormatException if the string is not a decimal integer of 64 bits
   */
  default long longText() {
    return Long.parseLong(text());
  }

  /**
   * Returns the content of the current {@link Token#STRING} as chars, equal to {@link #text()}'s
   * and valid until the next token: how a constructor's name is looked up, without a string made
   * of it where a parser can.
   *
   * @return the content; the reader only reads it, and not after {@link #next()}
   */
  default CharSequence textChars() {
    return text();
  }

  /**
   * Returns the line of the current token.
   *
   * @return the line, from 1
   */
  int line();

  /**
   * Returns the column of the current token.
   *
   * @return the column, from 1
   */
  int column();
}

package dev.tlkit.schema.syntax;

import dev.tlkit.schema.ErrorCollector;
import dev.tlkit.schema.Location;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Turns each ANTLR syntax error into a located error of the {@link ErrorCollector}. ANTLR counts
 * columns from 0; locations count from 1, as editors do. Random text can produce an error per
 * token, so after {@link #MAX_ERRORS} the parse of the file is abandoned.
 */
final class SyntaxErrorListener extends BaseErrorListener {
  static final int MAX_ERRORS = 50;

  /** Thrown to stop parsing a hopeless file; caught by {@link TlFileParser}. */
  static final class TooManyErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyErrors() {
      super(null, null, false, false);
    }
  }

  private final String path;
  private final ErrorCollector errors;
  private int count;

  SyntaxErrorListener(String path, ErrorCollector errors) {
    this.path = path;
    this.errors = errors;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
      int charPositionInLine, String message, RecognitionException e) {
    error(Location.of(path, line, charPositionInLine + 1), message);
  }

  void error(Location location, String message) {
    if (++count > MAX_ERRORS) {
      errors.error(location, "too many syntax errors; giving up on this file");
      throw new TooManyErrors();
    }
    errors.error(location, message);
  }

  int count() {
    return count;
  }
}

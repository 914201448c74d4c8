package dev.tlkit.runtime.json;

import dev.tlkit.runtime.json.JsonInput.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of an object read ahead to find its constructor's name, given back token by token,
 * then the rest of the input.
 */
final class JsonReplay implements JsonInput {
  final JsonInput source;
  final List<Token> tokens = new ArrayList<>();
  final List<String> texts = new ArrayList<>();
  final List<int[]> places = new ArrayList<>();
  String typeName;
  int line;
  int column;
  int at = -1;

  private JsonReplay(JsonInput source) {
    this.source = source;
  }

  /** Reads the rest of the object whose first member's token is {@code first}. */
  static JsonReplay record(JsonInput source, Token first, String typeKey) {
    JsonReplay r = new JsonReplay(source);
    int depth = 1;
    Token t = first;
    while (true) {
      r.line = source.line();
      r.column = source.column();
      if (t == Token.END) {
        throw new TlJsonException("", "the JSON ends inside an object", r.line, r.column);
      }
      if (depth == 1 && t == Token.NAME && source.text().equals(typeKey)) {
        Token value = source.next();
        if (value != Token.STRING || r.typeName != null) {
          throw new TlJsonException("", r.typeName != null ? "two \"" + typeKey + "\" members"
              : "expected the constructor's name as a string", source.line(), source.column());
        }
        r.typeName = source.text();
      } else {
        r.add(t, source);
        if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
          depth++;
        } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
          if (--depth == 0) {
            return r;
          }
        }
      }
      t = source.next();
    }
  }

  private void add(Token t, JsonInput source) {
    tokens.add(t);
    texts.add(t == Token.NAME || t == Token.STRING || t == Token.NUMBER ? source.text() : null);
    places.add(new int[] {source.line(), source.column()});
  }

  boolean exhausted() {
    return at == tokens.size() - 1;
  }

  @Override
  public Token next() {
    return tokens.get(++at);
  }

  @Override
  public String text() {
    return texts.get(at);
  }

  @Override
  public int line() {
    return at < 0 ? source.line() : places.get(at)[0];
  }

  @Override
  public int column() {
    return at < 0 ? source.column() : places.get(at)[1];
  }
}

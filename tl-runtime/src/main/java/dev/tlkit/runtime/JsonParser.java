package dev.tlkit.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict recursive-descent parser of RFC 8259 JSON behind {@link TlJson#parse(String)}. Small on
 * purpose: the runtime may depend on nothing, and tools only need to read golden vectors back.
 * Nesting is limited so that hostile input fails with an exception, not a stack overflow.
 */
final class JsonParser {
  private static final int MAX_DEPTH = 512;

  private final String s;
  private int pos;
  private int depth;

  JsonParser(String s) {
    this.s = s;
  }

  Object document() {
    skipWhitespace();
    Object v = value();
    skipWhitespace();
    if (pos < s.length()) {
      throw error("unexpected " + describe(pos) + " after the JSON value");
    }
    return v;
  }

  private Object value() {
    if (pos >= s.length()) {
      throw error("unexpected end of input, expected a value");
    }
    char c = s.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected " + describe(pos) + ", expected a value");
      }
    };
  }

  private Map<String, Object> object() {
    int start = pos;
    descend();
    pos++; // '{'
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      depth--;
      return map;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a string key, found " + describe(pos));
      }
      int keyAt = pos;
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      Object v = value();
      if (map.containsKey(key)) {
        pos = keyAt;
        throw error("duplicate key \"" + key + "\" in the object starting at position " + start);
      }
      map.put(key, v);
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        depth--;
        return map;
      }
    }
  }

  private List<Object> array() {
    descend();
    pos++; // '['
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      depth--;
      return list;
    }
    while (true) {
      skipWhitespace();
      list.add(value());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        depth--;
        return list;
      }
    }
  }

  private String string() {
    pos++; // '"'
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character U+" + String.format("%04X", (int) c) + " in a string");
      }
      if (c != '\\') {
        out.append(c);
        pos++;
        continue;
      }
      if (pos + 1 >= s.length()) {
        throw error("unterminated string");
      }
      char e = s.charAt(pos + 1);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append(hex4(pos + 2));
          pos += 4;
        }
        default -> throw error("invalid escape \\" + e);
      }
      pos += 2;
    }
  }

  private char hex4(int at) {
    if (at + 4 > s.length()) {
      throw error("truncated \\u escape");
    }
    int v = 0;
    for (int i = at; i < at + 4; i++) {
      int d = hexDigit(s.charAt(i));
      if (d < 0) {
        pos = i;
        throw error("invalid hex digit " + describe(i) + " in a \\u escape");
      }
      v = v << 4 | d;
    }
    return (char) v;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("expected a digit, found " + describe(pos));
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point, found " + describe(pos));
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent, found " + describe(pos));
      }
      digits();
    }
    try {
      return new BigDecimal(s.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("number out of range: " + s.substring(start, Math.min(s.length(), start + 40)));
    }
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object v) {
    if (!s.startsWith(word, pos)) {
      throw error("unexpected " + describe(pos) + ", expected a value");
    }
    pos += word.length();
    return v;
  }

  private void descend() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "', found " + describe(pos));
    }
    pos++;
  }

  /** The char at the position, or -1 at the end. */
  private int peek() {
    return pos < s.length() ? s.charAt(pos) : -1;
  }

  private void skipWhitespace() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private String describe(int at) {
    if (at >= s.length()) {
      return "end of input";
    }
    char c = s.charAt(at);
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("bad JSON at position " + pos + ": " + message);
  }
}

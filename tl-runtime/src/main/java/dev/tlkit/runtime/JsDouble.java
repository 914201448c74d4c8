package dev.tlkit.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles as JavaScript's {@code Number.prototype.toString} (and so {@code JSON.stringify})
 * does: the shortest decimal that reads back as the same double, in plain notation from 1e-7 to
 * 1e21 and as {@code 1.5e+25} outside, with no {@code ".0"} on integers.
 *
 * <p>Why not {@link Double#toString(double)}: its format differs ({@code 3.0}, {@code 1.0E10}) and
 * before Java 19 it sometimes printed more digits than needed ({@code 2.0E-3} is fine, but {@code
 * 4.9E-324} should be {@code 5e-324}). Doubles are rare in TL, so a simple search over precisions
 * with {@link BigDecimal} is fast enough.
 */
final class JsDouble {
  private JsDouble() {}

  /** Returns JavaScript's text for {@code d}, {@code "NaN"} and {@code "Infinity"} included. */
  static String format(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return "0"; // -0 too, as in JavaScript
    }
    BigDecimal shortest = shortest(Math.abs(d));
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // the value is 0.digits * 10^n
    StringBuilder out = new StringBuilder(24);
    if (d < 0) {
      out.append('-');
    }
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      int e = n - 1;
      out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return out.toString();
  }

  /**
   * The shortest decimal that reads back as {@code d} (positive, finite), the closest one if
   * several have that many digits, without trailing zeros. Both neighbours at each precision are
   * tried, because at a power of two the interval that reads back as {@code d} is lopsided.
   */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int p = 1; p < 17; p++) {
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean downOk = down.doubleValue() == d;
      boolean upOk = up.doubleValue() == d;
      if (downOk && upOk) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        boolean downEven = !down.unscaledValue().testBit(0);
        return (cmp < 0 || (cmp == 0 && downEven) ? down : up).stripTrailingZeros();
      }
      if (downOk || upOk) {
        return (downOk ? down : up).stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }
}

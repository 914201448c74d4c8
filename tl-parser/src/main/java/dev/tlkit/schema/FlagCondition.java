package dev.tlkit.schema;

/**
 * The condition of an optional parameter: {@code flags.3?Type} is present when bit 3 of the
 * {@code #} parameter named {@code flags} is set.
 */
public record FlagCondition(String field, int bit) {

  public FlagCondition {
    if (bit < 0 || bit > 31) {
      throw new IllegalArgumentException("flag bit " + bit + " is outside 0..31");
    }
  }

  /** The mask of this condition's bit in its {@code #} field. */
  public int mask() {
    return 1 << bit;
  }

  @Override
  public String toString() {
    return field + "." + bit;
  }
}

package dev.tlkit.codegen.docs;

/** Who may call a function: users' accounts, bots, both, or the documentation does not say. */
public enum Callers {
  USERS("users"),
  BOTS("bots"),
  BOTH("both"),
  UNKNOWN("");

  private final String key;

  Callers(String key) {
    this.key = key;
  }

  /** The word the docs file writes: {@code users}, {@code bots}, {@code both}; "" for unknown. */
  public String key() {
    return key;
  }

  /** What this means for a bot, in one sentence, or "" when the documentation does not say. */
  public String forBots() {
    return switch (this) {
      case USERS -> "Bots: cannot use this method; only users can.";
      case BOTS -> "Bots: can use this method; users cannot.";
      case BOTH -> "Bots: can use this method, as users can.";
      case UNKNOWN -> "";
    };
  }
}

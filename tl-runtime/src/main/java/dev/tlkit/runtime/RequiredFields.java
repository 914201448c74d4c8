package dev.tlkit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The check that generated builders make in {@code build()}: every required field is set. It names
 * every missing field at once, so that one failed build tells the whole story, and it lives here
 * rather than as three lines per field in each of several thousand generated classes.
 */
public final class RequiredFields {
  private RequiredFields() {}

  /**
   * Checks that no required field is null.
   *
   * @param tlName the definition being built, such as {@code phone.requestCall}
   * @param valuesAndNames pairs: a field's value (boxed), then its name as the message shows it,
   *     such as {@code "userId (user_id)"}
   * @throws IllegalStateException naming every field whose value is null, in the order given
   */
  public static void check(String tlName, Object... valuesAndNames) {
    List<Object> missing = null;
    for (int i = 0; i < valuesAndNames.length; i += 2) {
      if (valuesAndNames[i] == null) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(valuesAndNames[i + 1]);
      }
    }
    if (missing != null) {
      String names = String.join(", ", missing.stream().map(String::valueOf).toList());
      throw new IllegalStateException(tlName + (missing.size() == 1
          ? ": required field " + names + " is not set"
          : ": required fields " + names + " are not set"));
    }
  }
}

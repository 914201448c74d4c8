package dev.tlkit.schema;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for unknown names: the known name closest to a misspelt one, by edit distance,
 * if it is close enough to be a likely typo (a different case counts as closest of all).
 */
public final class NameSuggestions {
  private NameSuggestions() {}

  /**
   * Up to {@code max} known names close to {@code name}, closest first: those within a few edits
   * (case ignored), then those that contain it. For "unknown name" messages that offer several.
   */
  public static List<String> closest(String name, Collection<String> candidates, int max) {
    String lower = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, Math.min(4, name.length() / 3));
    Map<String, Integer> score = new HashMap<>();
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      if (candidate.equals(name)) {
        continue;
      }
      if (Math.abs(c.length() - lower.length()) <= limit) {
        int d = distance(lower, c);
        if (d <= limit) {
          score.put(candidate, d);
          continue;
        }
      }
      if (lower.length() >= 3 && c.contains(lower)) {
        score.put(candidate, limit + 1 + c.length() - lower.length());
      }
    }
    return score.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(max).map(Map.Entry::getKey).toList();
  }

  /** The single closest name within one typo per three characters, or empty. */
  static Optional<String> closest(String name, Collection<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    // One typo per three characters, at most three: `InputPer` finds `InputPeer`, `Foo` finds nothing.
    int limit = Math.max(1, Math.min(3, name.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(name)) {
        continue;
      }
      if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(candidate);
      }
      if (Math.abs(candidate.length() - name.length()) > limit) {
        continue;
      }
      int distance = distance(name, candidate);
      if (distance <= limit && (distance < bestDistance
          || distance == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSuggestionsTest {
  private static final List<String> KNOWN = List.of(
      "InputPeer", "InputUser", "User", "int", "long", "Vector", "vector", "tonNode.blockIdExt");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "InputPer,           InputPeer",
      "inputpeer,          InputPeer",
      "Usr,                User",
      "Int,                int",
      "Vektor,             Vector",
      "tonNode.blockIdExd, tonNode.blockIdExt",
      "Foo,                ''",
      "Message,            ''",
  })
  void closest(String misspelt, String expected) {
    assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected),
        NameSuggestions.closest(misspelt, KNOWN));
  }
}

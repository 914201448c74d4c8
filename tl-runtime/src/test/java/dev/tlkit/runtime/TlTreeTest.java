package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlkit.runtime.Samples.FieldBag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree {@code tlc decode} prints. */
class TlTreeTest {
  @Test
  void printsTheExampleRequest() {
    assertEquals(String.join("\n",
        "phone.requestCall",
        "  video: true",
        "  user_id: inputUser",
        "    user_id: 123456789",
        "    access_hash: -987654321987654321",
        "  random_id: 43",
        "  g_a_hash: 61726269747261727920313920627974657321 (19 bytes)",
        "  protocol: phoneCallProtocol",
        "    udp_p2p: true",
        "    udp_reflector: true",
        "    min_layer: 65",
        "    max_layer: 92",
        "    library_versions: [1]",
        "      - \"some string here\"",
        ""), TlTree.print(Samples.requestCall()));
  }

  @Test
  void listsOfObjectsAlignFieldsAfterTheDash() {
    FieldBag users = new FieldBag("users")
        .with("users", List.of(new Samples.InputUser(1, 2), new FieldBag("userEmpty")))
        .with("matrix", List.of(List.of(1, 2), List.of()))
        .with("none", List.of());
    assertEquals(String.join("\n",
        "users",
        "  users: [2]",
        "    - inputUser",
        "      user_id: 1",
        "      access_hash: 2",
        "    - userEmpty",
        "  matrix: [2]",
        "    - [2]",
        "      - 1",
        "      - 2",
        "    - [0]",
        "  none: [0]",
        ""), TlTree.print(users));
  }

  @Test
  void scalarsAreReadable() {
    FieldBag o = new FieldBag("scalars")
        .with("text", "line\nbreak \"quoted\"")
        .with("double", 2.5)
        .with("whole", 3.0)
        .with("empty", TlBytes.EMPTY)
        .with("one", TlBytes.ofHex("ff"))
        .with("long_bytes", TlBytes.ofHex("ab".repeat(40)));
    assertEquals(String.join("\n",
        "scalars",
        "  text: \"line\\nbreak \\\"quoted\\\"\"",
        "  double: 2.5",
        "  whole: 3",
        "  empty: (0 bytes)",
        "  one: ff (1 byte)",
        "  long_bytes: " + "ab".repeat(32) + "... (40 bytes)",
        ""), TlTree.print(o));
  }

  @Test
  void rawObjectsShowTheirBytes() {
    assertEquals("?\n  bytes: 15c4b51c00000000 (8 bytes)\n",
        TlTree.print(new TlRawObject(TlBytes.ofHex("15c4b51c00000000"))));
  }
}

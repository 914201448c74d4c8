package dev.tlkit.telegram.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlTree;
import dev.tlkit.telegram.InputUser;
import dev.tlkit.telegram.InputUserSelf;
import dev.tlkit.telegram.JsonString;
import dev.tlkit.telegram.SecureData;
import dev.tlkit.telegram.StatsPercentValue;
import dev.tlkit.telegram.TlsBlockDomain;
import dev.tlkit.telegram.TlsBlockPermutation;
import dev.tlkit.telegram.TlsBlockRandom;
import dev.tlkit.telegram.UsersGetUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree {@code tlc decode} prints ({@link TlTree}), of generated objects. These were
 * tl-runtime's ({@code TlTreeTest}), run on hand-written imitations of generated code; they live
 * here because they need generated code, and tl-runtime cannot depend on the generator (tl-codegen
 * depends on tl-runtime).
 */
class TlTreeOfGeneratedObjectsTest {
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
        ""), TlTree.print(ExampleRequestCall.object()));
  }

  @Test
  void listsOfObjectsAlignFieldsAfterTheDash() {
    assertEquals(String.join("\n",
        "users.getUsers",
        "  id: [2]",
        "    - inputUser",
        "      user_id: 1",
        "      access_hash: 2",
        "    - inputUserSelf",
        ""), TlTree.print(new UsersGetUsers(List.of(new InputUser(1, 2), new InputUserSelf()))));
    assertEquals(String.join("\n",
        "tlsBlockPermutation",
        "  entries: [2]",
        "    - [2]",
        "      - tlsBlockRandom",
        "        length: 1",
        "      - tlsBlockDomain",
        "    - [0]",
        ""), TlTree.print(new TlsBlockPermutation(
            List.of(List.of(new TlsBlockRandom(1), new TlsBlockDomain()), List.of()))));
    assertEquals("users.getUsers\n  id: [0]\n", TlTree.print(new UsersGetUsers(List.of())));
  }

  @Test
  void scalarsAreReadable() {
    assertEquals(String.join("\n",
        "jsonString",
        "  value: \"line\\nbreak \\\"quoted\\\"\"",
        ""), TlTree.print(new JsonString("line\nbreak \"quoted\"")));
    assertEquals(String.join("\n",
        "statsPercentValue",
        "  part: 2.5",
        "  total: 3",
        ""), TlTree.print(new StatsPercentValue(2.5, 3.0)));
    assertEquals(String.join("\n",
        "secureData",
        "  data: (0 bytes)",
        "  data_hash: ff (1 byte)",
        "  secret: " + "ab".repeat(32) + "... (40 bytes)",
        ""), TlTree.print(new SecureData(
            TlBytes.EMPTY, TlBytes.ofHex("ff"), TlBytes.ofHex("ab".repeat(40)))));
  }
}

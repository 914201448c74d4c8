package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every real schema file loads with the policy ID-POLICY.md gives it, with the expected counts.
 *
 * <p>The counts were found independently of this parser, by a short Python script: drop
 * {@code /* *\/} and {@code //} comments, split the text at section headers ({@code ---\s*(\w+)\s*---})
 * and each part at {@code ;}; every non-empty statement is a definition of the current section
 * (types first). Types: the first word after the last {@code =} of each statement of a type section
 * that is not a builtin (whose left side has {@code ?}, {@code N*[} or {@code # [}), counted
 * distinct. For the official api.tl of layer 228 it gives 1,642 + 806. (The parser counts the
 * {@code vector {t:Type} # [ t ] = Vector t} that older files declare as a constructor too.)
 */
class CorpusTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // file,                  constructors, functions, types, layer (0: none); builtin
      // declarations count as constructors, and TDLib's (int32 = Int32) make no type
      "api.tl,                  1642, 806,  608, 228",
      "telegram-api-layer198.tl, 1402, 689, 533, 198",
      "mtcute-api-layer223.tl,  1550, 766, 584, 223",
      "mtproto.tl,              54,   10,   33,  0",
      "gramjs-api-layer181.tl,  1314, 638,  494, 181",
      "tdlib-e2e_api.tl,        48,   1,    22,  0",
      "tdlib-mtproto_api.tl,    40,   8,    24,  0",
      "tdlib-secret_api.tl,     94,   1,    12,  0",
      "tdlib-td_api.tl,         2168, 1010, 738, 0",
      "tdlib-telegram_api.tl,   1655, 813,  611, 0",
      "ton-lite_api.tl,         67,   34,   54,  0",
      "ton-ton_api.tl,          510,  159,  339, 0",
      "ton-tonlib_api.tl,       149,  85,   91,  0",
  })
  void loadsWithCounts(String file, int constructors, int functions, int types, int layer) {
    Schema schema = TestSchemas.load(file);

    assertEquals(constructors, schema.constructors().size(), "constructors");
    assertEquals(functions, schema.functions().size(), "functions");
    assertEquals(types, schema.types().size(), "types");
    assertEquals(layer == 0 ? OptionalInt.empty() : OptionalInt.of(layer), schema.layer());
    SchemaFile summary = schema.files().get(0);
    assertEquals(new SchemaFile(file, schema.layer(), constructors, functions, types), summary);
    assertTrue(schema.warnings().isEmpty(), () -> schema.warnings().toString());
  }

  /** Under WARN each pinned id is a warning, and nothing else is reported. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tdlib-mtproto_api.tl", "tdlib-telegram_api.tl",
      "ton-lite_api.tl", "ton-ton_api.tl"})
  void mismatchesAreExactlyTheKnownOnes(String file) {
    Schema schema = new SchemaLoader(SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.WARN))
        .add(file, TestSchemas.read(file)).load();

    assertEquals(TestSchemas.MISMATCHES.get(file), TestSchemas.names(schema.warnings()));
  }

  /** The files without mismatches load under the default, strict, options. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"api.tl", "mtproto.tl", "telegram-api-layer198.tl",
      "mtcute-api-layer223.tl", "gramjs-api-layer181.tl", "tdlib-e2e_api.tl",
      "tdlib-td_api.tl", "ton-tonlib_api.tl"})
  void strictFilesNeedNoOptions(String file) {
    new SchemaLoader().add(file, TestSchemas.read(file)).load();
  }

  /**
   * tdlib-secret_api.tl keeps the ids of old secret-chat layers under names with the layer
   * appended: 15 of them, so it is loaded with TRUST.
   */
  @org.junit.jupiter.api.Test
  void secretApiPinsFifteenOldIds() {
    SchemaException strict = assertThrows(SchemaException.class,
        () -> new SchemaLoader().add("tdlib-secret_api.tl", TestSchemas.read("tdlib-secret_api.tl")).load());
    assertEquals(15, strict.errors().size());
    assertTrue(TestSchemas.names(strict.errors()).containsAll(
        Set.of("decryptedMessage8", "decryptedMessage46", "decryptedMessageMediaDocument")));
  }
}

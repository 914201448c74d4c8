package dev.tlkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated sources compile without a single warning under {@code -Xlint:all} for the real schemas
 * of the corpus. (Telegram's own schema is compiled, with {@code -Werror}, by generated-api; the
 * two large Telegram layers of the corpus add nothing the module does not already cover.)
 */
class GeneratedCodeCompilesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "tdlib-td_api.tl", "ton-lite_api.tl", "tdlib-secret_api.tl", "tdlib-e2e_api.tl",
    "tdlib-mtproto_api.tl", "ton-ton_api.tl", "ton-tonlib_api.tl"
  })
  void corpusSchema(String file, @TempDir Path dir) {
    Schema schema = SchemaFixtures.load(IdPolicy.TRUST, SchemaFixtures.corpus(file));
    assertCompilesCleanly(schema, "com.example.tl", dir);
  }

  static void assertCompilesCleanly(Schema schema, String pkg, Path dir) {
    List<GeneratedFile> files = new JavaGenerator(schema, new GeneratorOptions(pkg)).generate();
    Compiler.Result result = Compiler.compile(files, dir);
    assertEquals(List.of(), result.errors().stream().limit(20).toList(), "javac errors");
    assertEquals(List.of(), result.warnings().stream().limit(20).toList(), "javac warnings");
    assertTrue(files.size() > 1);
  }
}

package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parse, print, parse: the model must not change. Locations do change, so models are compared by
 * {@link TestSchemas#fingerprint} (text, ids, docs and resolved targets of every definition).
 */
class RoundTripTest {

  static java.util.List<String> files() {
    return TestSchemas.FILES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void printThenParseGivesAnEqualModel(String file) {
    Schema schema = TestSchemas.load(file);
    String printed = SchemaPrinter.print(schema);

    Schema reparsed = new SchemaLoader(TestSchemas.optionsFor(file)).add(file, printed).load();

    assertEquals(TestSchemas.fingerprints(schema), TestSchemas.fingerprints(reparsed));
    // Printing is canonical: printing again gives the same text.
    assertEquals(printed, SchemaPrinter.print(reparsed));
  }

  @Test
  void canonicalForms() {
    String printed = SchemaPrinter.print(TestSchemas.load("ton-lite_api.tl"));

    assertTrue(printed.startsWith("---types---\nint ? = Int;\n"));
    assertTrue(printed.contains("\nliteServer.transactionList ids:vector<tonNode.blockIdExt> "
        + "transactions:bytes = liteServer.TransactionList;\n"));
    assertTrue(printed.contains("\n---functions---\n"));
    assertTrue(printed.contains("\nliteServer.transactionId#b12f65af mode:# "));
    assertTrue(SchemaPrinter.print(TestSchemas.load("api.tl")).endsWith(";\n// LAYER 228\n"));
    String td = SchemaPrinter.print(TestSchemas.load("tdlib-td_api.tl"));
    assertTrue(td.contains("\n//@class AuthenticationCodeType @description Provides information about "
        + "the method by which an authentication code is delivered to the user\n\n//@description "));
  }

  /** A schema of two files with a scoped definition is printed and re-read file by file. */
  @Test
  void multiFileSchemaRoundTripsPerFile() {
    Schema schema = TestSchemas.loadApiAndMtproto();

    Schema reparsed = new SchemaLoader()
        .add("api.tl", SchemaPrinter.print(schema, "api.tl"))
        .add("mtproto.tl", SchemaPrinter.print(schema, "mtproto.tl"))
        .load();

    assertEquals(TestSchemas.fingerprints(schema), TestSchemas.fingerprints(reparsed));
  }
}

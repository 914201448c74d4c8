package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TDLib doc comments: {@code //@description}, {@code //@param}, {@code //-}, {@code //@class}. */
class DocCommentsTest {
  private static final Schema TD = TestSchemas.load("tdlib-td_api.tl");

  @Test
  void descriptionAndParams() {
    Doc doc = TD.constructor("error").orElseThrow().doc();

    assertEquals("An object of this type can be returned on every function call, in case of an error",
        doc.description());
    assertEquals(List.of("code", "message"), List.copyOf(doc.params().keySet()));
    assertEquals("Error message; subject to future changes", doc.param("message"));
    assertTrue(doc.param("code").startsWith("Error code; subject to future changes. If the error code is 406"));
  }

  @Test
  void severalTagsOnOneLine() {
    Doc doc = TD.constructor("textEntity").orElseThrow().doc();

    assertEquals("Represents a part of the text that needs to be formatted in some unusual way",
        doc.description());
    assertEquals(Map.of("offset", "Offset of the entity, in UTF-16 code units",
        "length", "Length of the entity, in UTF-16 code units", "type", "Type of the entity"),
        doc.params());
  }

  /** A {@code //-} line continues the previous tag, joined with a space. */
  @Test
  void continuationLines() {
    assertEquals("TDLib needs the user's phone number to authorize. Call setAuthenticationPhoneNumber "
            + "to provide the phone number, or use requestQrCodeAuthentication, "
            + "getAuthenticationPasskeyParameters, checkAuthenticationWebToken, or "
            + "checkAuthenticationBotToken for other authentication options",
        TD.constructor("authorizationStateWaitPhoneNumber").orElseThrow().doc().description());
    assertTrue(TD.constructor("formattedText").orElseThrow().doc().param("entities")
        .endsWith("must not mutually intersect with each other. Pre, Code, PreCode, and DateTime "
            + "entities can't contain other entities. BlockQuote entities can't contain other "
            + "BlockQuote entities. Bold, Italic, Underline, Strikethrough, and Spoiler entities can "
            + "contain and can be part of any other entities. All other entities can't contain each other"));
  }

  @Test
  void classDocumentsTheBoxedType() {
    TlType type = TD.type("AuthenticationCodeType").orElseThrow();

    assertEquals("Provides information about the method by which an authentication code is "
        + "delivered to the user", type.doc().description());
    // The class line is not part of the first constructor's doc.
    assertEquals("A digit-only authentication code is delivered via a private Telegram message, "
        + "which can be viewed from another active session",
        type.constructors().get(0).doc().description());
    assertEquals(211, TD.types().stream().filter(t -> !t.doc().isEmpty()).count());
  }

  /** {@code @param_description} documents a field named {@code description}. */
  @Test
  void paramPrefixForFieldsNamedLikeTags() {
    long withDescriptionField = TD.constructors().stream()
        .filter(c -> c.parameters().stream().anyMatch(p -> p.name().equals("description")))
        .filter(c -> !c.doc().param("description").isEmpty())
        .count();
    assertTrue(withDescriptionField > 0);
  }

  @Test
  void everyDescriptionIsAttached() {
    long described = java.util.stream.Stream.concat(TD.constructors().stream(), TD.functions().stream())
        .filter(c -> !c.doc().description().isEmpty()).count();
    // grep -c '^//@description' tdlib-td_api.tl
    assertEquals(3169, described);
  }

  @Test
  void functionsAreDocumentedToo() {
    Doc doc = TD.function("setTdlibParameters").orElseThrow().doc();

    assertTrue(doc.description().startsWith("Sets the parameters for TDLib initialization."));
    assertEquals("Pass true to use Telegram test environment instead of the production environment",
        doc.param("use_test_dc"));
  }

  @Test
  void schemasWithoutDocsHaveEmptyDocs() {
    assertEquals(Doc.EMPTY, TestSchemas.load("api.tl").constructor("inputPeerEmpty").orElseThrow().doc());
  }
}

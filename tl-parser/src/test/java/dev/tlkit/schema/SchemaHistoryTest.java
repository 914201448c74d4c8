package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Today's schema with what its earlier layers wrote under other ids. */
class SchemaHistoryTest {
  private static final String TODAY = """
      boolTrue = Bool;
      boolFalse = Bool;
      vector {t:Type} # [ t ] = Vector t;
      user flags:# bot:flags.0?true id:long name:string = User;
      photo id:long = Photo;
      message id:int from:User text:string = Message;
      // LAYER 20
      """;

  private static Schema load(String name, String text) {
    // The tests write ids of their own: trust them.
    return new SchemaLoader(new SchemaOptions(IdPolicy.TRUST, java.util.Set.of())).add(name, text).load();
  }

  private static SchemaHistory history(String... earlier) {
    List<Schema> schemas = new java.util.ArrayList<>();
    for (int i = 0; i < earlier.length; i++) {
      schemas.add(load("layer" + i + ".tl", earlier[i]));
    }
    return SchemaHistory.of(load("today.tl", TODAY), schemas);
  }

  private static final String LAYER_10 = """
      boolTrue = Bool;
      boolFalse = Bool;
      vector {t:Type} # [ t ] = Vector t;
      user id:long name:string = User;
      photo id:int = Photo;
      message id:int from:User text:string stamp:Stamp = Message;
      stampOld at:int = Stamp;
      // LAYER 10
      """;

  @Test
  void anOldConstructorThatUpgradesStaysOutOfTheMergedSchema() {
    SchemaHistory h = history(LAYER_10);
    Combinator oldUser = load("l", LAYER_10).constructor("user").orElseThrow();
    SchemaHistory.Older user = h.older(oldUser.id()).orElseThrow();

    assertTrue(user.upgrades());
    assertEquals(10, user.layer());
    assertFalse(h.merged().constructor("user_layer10").isPresent());
    assertEquals(List.of(10), h.layers());
  }

  @Test
  void anOldShapeJoinsItsTypeUnderItsLayersNameAndBringsBackTheTypesItNeeds() {
    SchemaHistory h = history(LAYER_10);
    // photo id:int -> id:long widens; message lost stamp:Stamp (dropped), whose type is gone.
    Combinator message = load("l", LAYER_10).constructor("message").orElseThrow();
    assertTrue(h.older(message.id()).orElseThrow().upgrades());
    Combinator stamp = h.merged().constructor("stampOld_layer10").orElseThrow();
    assertTrue(h.isOldShape(stamp));
    assertEquals(List.of("stampOld_layer10"),
        h.merged().type("Stamp").orElseThrow().constructors().stream().map(Combinator::name).toList());
  }

  @Test
  void aTypeWithAnOldShapeHasItAmongItsConstructors() {
    SchemaHistory h = history(LAYER_10.replace("user id:long name:string = User;", "user id:string = User;"));
    assertEquals(List.of("user", "user_layer10"),
        h.merged().type("User").orElseThrow().constructors().stream().map(Combinator::name).toList());
    assertEquals(java.util.Set.of("User", "Photo", "Message", "Stamp"), h.typesReadingOlder());
  }

  @Test
  void twoLayersThatGiveOneIdTwoShapesAreAnErrorNamingBoth() {
    String a = "user#11111111 id:long = User;\n// LAYER 10\n";
    String b = "user#11111111 id:string = User;\n// LAYER 11\n";
    SchemaException e = assertThrows(SchemaException.class, () -> history(a, b));
    String message = e.errors().get(0).format();
    assertTrue(message.contains("layer1.tl") && message.contains("layer0.tl"), message);
  }

  @Test
  void trueFlagsMayDifferUnderOneIdAndTheNewerLayerNamesIt() {
    String a = "user#11111111 flags:# id:long = User;\n// LAYER 10\n";
    String b = "user#11111111 flags:# pro:flags.3?true id:long = User;\n// LAYER 11\n";
    SchemaHistory h = history(a, b);
    SchemaHistory.Older user = h.older(0x11111111).orElseThrow();
    assertEquals(11, user.layer());
    assertEquals("pro", user.old().parameters().get(1).name());
  }

  @Test
  void anEarlierSchemaNeedsItsLayer() {
    SchemaException e = assertThrows(SchemaException.class, () -> history("user#11111111 id:long = User;\n"));
    assertTrue(e.errors().get(0).message().contains("LAYER"), e.errors().get(0).message());
  }
}

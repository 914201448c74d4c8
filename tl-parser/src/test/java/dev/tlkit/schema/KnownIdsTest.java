package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Telegram's published files load as they are: their few pinned ids are known by name and id. */
class KnownIdsTest {

  @Test
  void theOfficialFilesLoadWithTheDefaultOptionsAndNoWarning() {
    Schema schema = new SchemaLoader()
        .add("api.tl", TestSchemas.read("api.tl"))
        .add("mtproto.tl", TestSchemas.read("mtproto.tl"))
        .load();

    assertEquals(0x73f1f8dc, schema.constructor("msg_container").orElseThrow().id());
    assertTrue(schema.warnings().stream().noneMatch(w -> w.message().contains("#")),
        () -> schema.warnings().toString());
  }

  @Test
  void olderPublishedLayersLoadToo() {
    for (String file : List.of("mtcute-api-layer223.tl", "telegram-api-layer198.tl")) {
      Schema schema = new SchemaLoader()
          .add(file, TestSchemas.read(file))
          .add("mtproto.tl", TestSchemas.read("mtproto.tl"))
          .load();
      assertFalse(schema.constructors().isEmpty(), file);
    }
  }

  /** Each entry is really pinned somewhere: a file of the corpus declares it with that id, unlike its text. */
  @Test
  void everyEntryIsAPinnedIdOfAPublishedFile() {
    List<Combinator> published = new ArrayList<>();
    for (String file : List.of("mtproto.tl", "mtcute-api-layer223.tl", "api.tl")) {
      Schema schema = new SchemaLoader().add(file, TestSchemas.read(file)).load();
      published.addAll(schema.constructors());
    }
    for (KnownIds.KnownId known : KnownIds.TELEGRAM) {
      Combinator c = published.stream().filter(p -> p.name().equals(known.name())).findFirst()
          .orElseThrow(() -> new AssertionError(known.name() + " is in no published file"));
      assertEquals(known.id(), c.id(), known.name());
      assertTrue(c.computedId() != c.id(), known.name() + " is not pinned");
    }
  }

  @Test
  void aKnownNameWithAnotherIdIsStillAnErrorThatGivesTheKnownId() {
    String text = "ipPortSecret#12345678 ipv4:int port:int secret:bytes = IpPort;\n";
    SchemaException e = assertThrows(SchemaException.class,
        () -> new SchemaLoader().add("m.tl", text).load());

    String first = e.errors().get(0).format().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("m.tl:1:1: error: constructor 'ipPortSecret' has id #12345678, "
        + "but its text gives #402d9b47"), first);
    assertTrue(first.contains("; tlkit knows Telegram's #37982646 for it;"), first);
  }

  @Test
  void aKnownIdUnderAnotherNameIsAnError() {
    String text = "myIpPort#37982646 ipv4:int port:int secret:bytes = IpPort;\n";

    assertThrows(SchemaException.class, () -> new SchemaLoader().add("m.tl", text).load());
  }

  @Test
  void knownPairsAreSilentUnderEveryPolicy() {
    String text = "msg_container#73f1f8dc messages:vector<%Message> = MessageContainer;\n"
        + "message msg_id:long seqno:int bytes:int body:Object = Message;\n";
    for (IdPolicy policy : IdPolicy.values()) {
      Schema schema = new SchemaLoader(SchemaOptions.DEFAULT.withIdPolicy(policy))
          .add("m.tl", text).load();
      assertTrue(schema.warnings().isEmpty(), policy::name);
    }
  }

  @Test
  void theListHasOneEntryPerName() {
    assertEquals(KnownIds.TELEGRAM.size(),
        Set.copyOf(Stream.of(KnownIds.TELEGRAM.toArray(KnownIds.KnownId[]::new))
            .map(KnownIds.KnownId::name).toList()).size());
  }
}

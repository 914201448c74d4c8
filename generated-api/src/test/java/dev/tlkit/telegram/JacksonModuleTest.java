package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlkit.json.TlJacksonModule;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated objects inside the user's own Jackson-mapped classes, both ways: the module's
 * serializer and deserializers take over wherever a field's type is a generated class.
 */
class JacksonModuleTest {
  /** A class of the user's, as Jackson maps it: generated objects as fields and in a list. */
  record Delivery(String note, TypeInputPeer to, List<TypeInputPeer> copies, InputPeerUser from) {}

  private static final Delivery DELIVERY = new Delivery("hi", new InputPeerChat(42L),
      List.of(new InputPeerSelf(), new InputPeerUser(7L, -1L)), new InputPeerUser(1L, 2L));

  @Test
  void generatedObjectsAsFieldsOfTheUsersOwnClasses() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new TlJacksonModule(Tl.JSON));

    String json = mapper.writeValueAsString(DELIVERY);

    assertEquals("{\"note\":\"hi\",\"to\":{\"_\":\"inputPeerChat\",\"chat_id\":\"42\"},"
        + "\"copies\":[{\"_\":\"inputPeerSelf\"},{\"_\":\"inputPeerUser\",\"user_id\":\"7\","
        + "\"access_hash\":\"-1\"}],\"from\":{\"_\":\"inputPeerUser\",\"user_id\":\"1\","
        + "\"access_hash\":\"2\"}}", json);
    assertEquals(DELIVERY, mapper.readValue(json, Delivery.class));
  }

  @Test
  void theTdlibDialectToo() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(
        new TlJacksonModule(JsonReadOptions.of(JsonDialect.TDLIB), Tl.JSON));

    String json = mapper.writeValueAsString(DELIVERY);

    assertEquals("{\"@type\":\"inputPeerChat\",\"chat_id\":\"42\"}",
        mapper.readTree(json).get("to").toString());
    assertEquals(DELIVERY, mapper.readValue(json, Delivery.class));
  }
}

package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.codegen.examples.Example;
import dev.tlkit.codegen.examples.Examples;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.TlJsonException;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.tdlib.Error;
import dev.tlkit.tdlib.FormattedText;
import dev.tlkit.tdlib.GetChat;
import dev.tlkit.tdlib.Message;
import dev.tlkit.tdlib.MessageSenderUser;
import dev.tlkit.tdlib.MessageText;
import dev.tlkit.tdlib.UpdateNewMessage;
import dev.tlkit.tdlib.Minithumbnail;
import dev.tlkit.tdlib.TextEntity;
import dev.tlkit.tdlib.TextEntityTypeBold;
import dev.tlkit.tdlib.TextEntityTypeUrl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A build of TDLib's own API ({@code src/test/tl/tdlib/td_api.tl}, generated into {@code
 * dev.tlkit.tdlib}): typed objects for the JSON that TDLib's {@code td_json_client} reads and
 * writes. Its {@code int32}, {@code int53} and {@code int64} are Java {@code int}, {@code long} and
 * {@code long}; in TDLib's dialect an int53 is a number, an int64 a string, bytes base64.
 */
class TdlibBuildTest {
  private static final TlJsonReader TDLIB = TlJsonReader.of(dev.tlkit.tdlib.Tl.JSON, JsonDialect.TDLIB);

  @Test
  void aFormattedTextWithEntitiesReadsAndWritesBackInTdlibsForm() {
    String json = "{\"@type\":\"formattedText\",\"text\":\"Bold and a link: https://t.me\","
        + "\"entities\":[{\"@type\":\"textEntity\",\"offset\":0,\"length\":4,"
        + "\"type\":{\"@type\":\"textEntityTypeBold\"}},{\"@type\":\"textEntity\",\"offset\":17,"
        + "\"length\":12,\"type\":{\"@type\":\"textEntityTypeUrl\"}}]}";

    FormattedText text = TDLIB.read(json, FormattedText.class);

    assertEquals(new FormattedText("Bold and a link: https://t.me", List.of(
        new TextEntity(0, 4, new TextEntityTypeBold()),
        new TextEntity(17, 12, new TextEntityTypeUrl()))), text);
    assertEquals(json, TlJson.toJson(text, JsonDialect.TDLIB, false));
  }

  /**
   * An update as TDLib sends it: every field but those that are null, which TDLib leaves out
   * ({@code reply_to}, {@code forward_info} and the other fields whose comment says "may be
   * null"). They read as null, and are left out again when written.
   */
  @Test
  void anUpdateNewMessageReadsAndWritesBackInTdlibsForm() {
    String json = "{\"@type\":\"updateNewMessage\",\"message\":{\"@type\":\"message\",\"id\":1048576,"
        + "\"sender_id\":{\"@type\":\"messageSenderUser\",\"user_id\":123456789},\"chat_id\":123456789,"
        + "\"is_outgoing\":false,\"is_pinned\":false,\"is_from_offline\":false,\"can_be_saved\":true,"
        + "\"has_timestamped_media\":true,\"is_channel_post\":false,\"is_paid_star_suggested_post\":false,"
        + "\"is_paid_gram_suggested_post\":false,\"contains_unread_mention\":false,"
        + "\"contains_unread_poll_votes\":false,\"date\":1733222400,\"edit_date\":0,\"unread_reactions\":[],"
        + "\"self_destruct_in\":0,\"auto_delete_in\":0,\"via_bot_user_id\":0,\"sender_business_bot_user_id\":0,"
        + "\"sender_boost_count\":0,\"sender_tag\":\"\",\"paid_message_star_count\":0,\"author_signature\":\"\","
        + "\"media_album_id\":\"0\",\"effect_id\":\"0\",\"summary_language_code\":\"\","
        + "\"content\":{\"@type\":\"messageText\",\"text\":{\"@type\":\"formattedText\",\"text\":\"Hello\","
        + "\"entities\":[]}},\"ephemeral_message_id\":0}}";

    UpdateNewMessage update = TDLIB.read(json, UpdateNewMessage.class);

    Message message = update.message();
    assertEquals(1048576L, message.id());
    assertEquals(new MessageSenderUser(123456789L), message.senderId());
    assertNull(message.replyTo(), "left out: null");
    assertNull(message.forwardInfo());
    assertEquals(new MessageText(new FormattedText("Hello", List.of()), null, null), message.content());
    assertEquals(json, TlJson.toJson(update, JsonDialect.TDLIB, false));
    // The bytes tlkit keeps it in (a Bool before each object that may be null) read back equal.
    assertEquals(update, dev.tlkit.tdlib.Tl.decode(update.toBytes()));

    // null written out reads as left out; a field that may not be null must be there.
    String withNull = json.replace("\"content\":", "\"reply_to\":null,\"content\":");
    assertEquals(update, TDLIB.read(withNull));
    TlJsonException missing = assertThrows(TlJsonException.class,
        () -> TDLIB.read(json.replace("\"chat_id\":123456789,", "")));
    assertTrue(missing.getMessage().contains("missing field chat_id of message"), missing.getMessage());
  }

  @Test
  void int53IsANumberInBothDialectsAndInt64AString() {
    GetChat request = TDLIB.read("{\"@type\":\"getChat\",\"chat_id\":-1001234567890}", GetChat.class);
    assertEquals(-1001234567890L, request.chatId());
    assertEquals("{\"@type\":\"getChat\",\"chat_id\":-1001234567890}",
        TlJson.toJson(request, JsonDialect.TDLIB, false));
    assertEquals("{\"_\":\"getChat\",\"chat_id\":-1001234567890}", TlJson.toJson(request));

    TlJsonException e = assertThrows(TlJsonException.class,
        () -> TDLIB.read("{\"@type\":\"getChat\",\"chat_id\":\"-1001234567890\"}"));
    assertTrue(e.getMessage().contains("expected a number for int53"), e.getMessage());

    // An int64 (a custom emoji's id) is a string, as TDLib writes it; bytes are base64.
    Minithumbnail thumbnail = new Minithumbnail(40, 30, TlBytes.of(new byte[] {1, 2, 3}));
    assertEquals("{\"@type\":\"minithumbnail\",\"width\":40,\"height\":30,\"data\":\"AQID\"}",
        TlJson.toJson(thumbnail, JsonDialect.TDLIB, false));
  }

  @Test
  void aRequestsExtraGoesBackOnItsAnswer() {
    TlJsonReader.WithExtra request = TDLIB.readWithExtra(
        "{\"@type\":\"getChat\",\"chat_id\":5,\"@extra\":\"request-1\"}");
    assertEquals(new GetChat(5L), request.value());
    String answer = TlJsonReader.withExtra(
        TlJson.toJson(new Error(400, "CHAT_NOT_FOUND"), JsonDialect.TDLIB, false), request.extra());
    assertEquals("{\"@type\":\"error\",\"code\":400,\"message\":\"CHAT_NOT_FOUND\","
        + "\"@extra\":\"request-1\"}", answer);
  }

  /**
   * The examples a reference site of td_api.tl shows (tl-codegen's examples, whose bytes are
   * written from the schema, not by the generated code): each one's bytes decode with the
   * generated classes and encode back to themselves, the fields that may be null included.
   */
  @Test
  void everyExampleOfTheSchemaDecodesToItsBytes() {
    JavaModel model = JavaModel.of(TdApi.SCHEMA, new GeneratorOptions("dev.tlkit.tdlib"));
    Examples examples = Examples.of(model);
    Map<String, String> failures = new TreeMap<>();
    int checked = 0;
    for (JavaRecord r : model.records()) {
      Example e = examples.of(r);
      try {
        TlObject decoded = dev.tlkit.tdlib.Tl.decode(HexFormat.of().parseHex(e.hex()));
        assertEquals(e.hex(), HexFormat.of().formatHex(decoded.toBytes()));
        checked++;
      } catch (RuntimeException | AssertionError ex) {
        failures.put(r.definition().name(), ex.toString());
      }
    }
    assertEquals(Map.of(), failures);
    assertTrue(checked > 3000, "examples: " + checked);
  }

  /** td_api.tl, linked once for the tests that need the schema itself. */
  private static final class TdApi {
    static final Schema SCHEMA =
        new SchemaLoader().add(Path.of("src", "test", "tl", "tdlib", "td_api.tl")).load();
  }

  /**
   * Every constructor and function of td_api.tl, {@value #INSTANCES_PER_DEFINITION} random values
   * each: its bytes decode to an equal object, and its JSON in TDLib's dialect reads back equal,
   * with the same bytes.
   */
  @Test
  void everyDefinitionRoundTripsThroughBytesAndTdlibsJson() {
    Schema schema = TdApi.SCHEMA;
    RandomObjects random = new RandomObjects(schema, "dev.tlkit.tdlib", 53);
    List<Combinator> definitions = new ArrayList<>(schema.constructors());
    definitions.addAll(schema.functions());
    Map<String, String> failures = new TreeMap<>();
    int done = 0;
    int expected = 0;
    for (Combinator c : definitions) {
      if (c.isBuiltin()) {
        continue;
      }
      for (int i = 0; i < INSTANCES_PER_DEFINITION; i++) {
        expected++;
        TlObject object = (TlObject) random.instance(c);
        try {
          byte[] bytes = object.toBytes();
          TlObject decoded = dev.tlkit.tdlib.Tl.decode(bytes);
          assertEquals(object, decoded);
          String json = TlJson.toJson(object, JsonDialect.TDLIB, false);
          TlObject read = TDLIB.read(json);
          assertEquals(object, read, json);
          // JSON keeps every double but for a NaN's payload bits: "NaN" reads back as Java's
          // NaN, an equal double (as records compare them) with other bytes.
          if (!json.contains("\"NaN\"")) {
            assertArrayEquals(bytes, read.toBytes(), json);
          }
          done++;
        } catch (RuntimeException | AssertionError e) {
          failures.putIfAbsent(c.name(), e.toString());
        }
      }
    }
    System.out.println("td_api.tl: " + expected / INSTANCES_PER_DEFINITION + " definitions, "
        + done + " values through bytes and TDLib's JSON");
    assertEquals(Map.of(), failures);
    assertEquals(expected, done);
  }

  private static final int INSTANCES_PER_DEFINITION = 5;
}

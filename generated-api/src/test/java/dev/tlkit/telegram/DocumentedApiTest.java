package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.RpcErrorClass;
import dev.tlkit.runtime.RpcErrorInfo;
import dev.tlkit.runtime.RpcException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The generated API documents itself as well as GramJS's page for {@code phone.requestCall} (the
 * page the project started from), and turns {@code rpc_error}s into exceptions a program can ask.
 */
class DocumentedApiTest {
  static String javadocOf(String className) throws Exception {
    String source = Files.readString(
        Path.of("target/generated-sources/tl/dev/tlkit/telegram/" + className + ".java"), StandardCharsets.UTF_8);
    int end = source.indexOf(" */\npublic ");
    return source.substring(source.indexOf("/**"), end);
  }

  @Test
  void phoneRequestCallHasEverythingTheSeedPageHas() throws Exception {
    String doc = javadocOf("PhoneRequestCall");
    // What it does.
    assertTrue(doc.contains(" * Start a telegram phone call, see <a href=\"https://core.telegram.org/api/calls#one-to-one-calls\">here »</a>"), doc);
    // The five parameters.
    assertTrue(doc.contains(" * @param video {@code video:flags.0?true}: Whether to start a video call\n"), doc);
    assertTrue(doc.contains(" * @param userId {@code user_id:InputUser}: Destination of the phone call\n"), doc);
    assertTrue(doc.contains(" * @param randomId {@code random_id:int}: Random ID to avoid resending the same object."), doc);
    assertTrue(doc.contains(" * @param gAHash {@code g_a_hash:bytes}: <a href=\"https://core.telegram.org/api/end-to-end/voice-calls\">"
        + "Parameter for E2E encryption key exchange »</a>\n"), doc);
    assertTrue(doc.contains(" * @param protocol {@code protocol:PhoneCallProtocol}: Phone call settings\n"), doc);
    // The result type.
    assertTrue(doc.contains("<p>Result: {@code phone.PhoneCall}, {@link PhonePhoneCall}."), doc);
    // Six of the seed's seven errors with the seed's codes (layer 228 no longer lists
    // PARTICIPANT_CALL_FAILED). USER_IS_BLOCKED: the method's page now says 403, the catalogue 400 as the seed.
    for (String row : List.of(
        "<tr><td>400</td><td>{@code CALL_PROTOCOL_FLAGS_INVALID}</td><td>Call protocol flags invalid.</td></tr>",
        "<tr><td>400</td><td>{@code INPUT_USER_DEACTIVATED}</td><td>The specified user was deleted.</td></tr>",
        "<tr><td>400</td><td>{@code PARTICIPANT_VERSION_OUTDATED}</td><td>The other participant does not use an up to date telegram client with support for calls.</td></tr>",
        "<tr><td>400</td><td>{@code USER_ID_INVALID}</td><td>The provided user ID is invalid.</td></tr>",
        "<tr><td>403 (400 in the catalogue)</td><td>{@code USER_IS_BLOCKED}</td><td>You were blocked by this user.</td></tr>",
        "<tr><td>403</td><td>{@code USER_PRIVACY_RESTRICTED}</td><td>The user's privacy settings do not allow you to do this.</td></tr>")) {
      assertTrue(doc.contains(" * " + row + "\n"), row);
    }
    assertFalse(doc.contains("PARTICIPANT_CALL_FAILED"));
    // Who may call it.
    assertTrue(doc.contains("<p>Bots: cannot use this method; only users can.\n"), doc);
    // The TL line and the id, as before.
    assertTrue(doc.contains("{@code phone.requestCall#42ff96ed flags:# video:flags.0?true user_id:InputUser"), doc);
    assertTrue(doc.contains("<p>Function {@code phone.requestCall}, id {@code 42ff96ed}"), doc);
  }

  /** An IDE shows a setter's own Javadoc while the builder is written: each repeats its field's text. */
  @Test
  void builderSettersSayWhatTheirFieldIs() throws Exception {
    String source = Files.readString(
        Path.of("target/generated-sources/tl/dev/tlkit/telegram/PhoneRequestCall.java"), StandardCharsets.UTF_8);
    assertTrue(source.contains("     * Sets {@code user_id}.\n     *\n"
        + "     * <p>Destination of the phone call\n     */\n"
        + "    public Builder userId(TypeInputUser userId) {"), source);
    assertTrue(source.contains("     * Sets {@code video}.\n     *\n"
        + "     * <p>Whether to start a video call\n     */\n"), source);
  }

  @Test
  void aFunctionsPossibleErrorsCanBeReadInCode() {
    List<String> names = PhoneRequestCall.POSSIBLE_ERRORS.stream().map(RpcErrorInfo::name).toList();
    assertTrue(names.containsAll(List.of("CALL_PROTOCOL_FLAGS_INVALID", "INPUT_USER_DEACTIVATED",
        "PARTICIPANT_VERSION_OUTDATED", "USER_ID_INVALID", "USER_IS_BLOCKED", "USER_PRIVACY_RESTRICTED")), names.toString());
    assertTrue(PhoneRequestCall.POSSIBLE_ERRORS.contains(RpcErrors.USER_PRIVACY_RESTRICTED));
    assertEquals(403, PhoneRequestCall.POSSIBLE_ERRORS.get(names.indexOf("USER_IS_BLOCKED")).code());
  }

  @Test
  void floodWait17IsTheKnownFloodWaitWith17() {
    RpcException e = RpcErrors.exception(new RpcError(420, "FLOOD_WAIT_17"));
    assertEquals(420, e.code());
    assertEquals(RpcErrorClass.FLOOD, e.codeClass());
    assertEquals("FLOOD_WAIT_%d", e.name());
    assertEquals("FLOOD_WAIT_17", e.errorMessage());
    assertEquals(OptionalLong.of(17), e.parameter());
    assertEquals(Optional.of(RpcErrors.FLOOD_WAIT_X), e.info());
    assertEquals("seconds", e.info().orElseThrow().parameter());
    assertEquals("A wait of %d seconds is required", e.info().orElseThrow().description());
    assertTrue(e.is(RpcErrors.FLOOD_WAIT_X));
    assertTrue(e.is("FLOOD_WAIT_%d"));
    assertTrue(e.is(RpcErrorClass.FLOOD));
    assertFalse(e.is(RpcErrors.FLOOD_PREMIUM_WAIT_X));
    assertFalse(e.is(RpcErrors.USER_PRIVACY_RESTRICTED));
  }

  @Test
  void userPrivacyRestricted() {
    RpcException e = RpcErrors.exception(new RpcError(403, "USER_PRIVACY_RESTRICTED"));
    assertTrue(e.isKnown());
    assertEquals(RpcErrorClass.FORBIDDEN, e.codeClass());
    assertEquals(OptionalLong.empty(), e.parameter());
    assertTrue(e.is(RpcErrors.USER_PRIVACY_RESTRICTED));
    assertTrue(PhoneRequestCall.POSSIBLE_ERRORS.stream().anyMatch(e::is));
    assertEquals("403 USER_PRIVACY_RESTRICTED: The user's privacy settings do not allow you to do this.", e.getMessage());
  }

  @Test
  void anUnknownNameIsKeptAsItCame() {
    RpcException e = RpcErrors.exception(new RpcError(400, "BRAND_NEW_ERROR_3"));
    assertFalse(e.isKnown());
    assertEquals("BRAND_NEW_ERROR_3", e.name());
    assertEquals(Optional.empty(), e.info());
    assertEquals(OptionalLong.empty(), e.parameter());
    assertEquals(RpcErrorClass.BAD_REQUEST, e.codeClass());
    assertTrue(e.is("BRAND_NEW_ERROR_3"));
    assertFalse(PhoneRequestCall.POSSIBLE_ERRORS.stream().anyMatch(e::is));
  }

  @Test
  void theCatalogueHoldsEveryErrorOfTheDocs() {
    assertEquals(824, RpcErrors.CATALOGUE.all().size());
    assertEquals(29, RpcErrors.CATALOGUE.all().stream().filter(RpcErrorInfo::isParameterized).count());
    assertEquals(Optional.of(RpcErrors._2FA_CONFIRM_WAIT_X), RpcErrors.find("2FA_CONFIRM_WAIT_3600"));
    assertEquals(Optional.of(RpcErrors.FILE_PART_0_MISSING), RpcErrors.find("FILE_PART_0_MISSING"));
    assertEquals(Optional.of(RpcErrors.FILE_PART_X_MISSING), RpcErrors.find("FILE_PART_7_MISSING"));
  }
}

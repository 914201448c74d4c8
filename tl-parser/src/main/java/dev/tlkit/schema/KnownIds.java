package dev.tlkit.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Telegram's published ids that are deliberately not the CRC32 of their text, reviewed one by one.
 * A definition with exactly this name and this explicit id loads under every {@link IdPolicy},
 * silently, so Telegram's official {@code api.tl} and {@code mtproto.tl} load as they are
 * published. The same name with another id is an ordinary mismatch: the list accepts pairs, not
 * names, so a typo in one of these ids is still caught.
 *
 * <p>Why a list and not a looser policy: the check of ids against their text is what catches a
 * schema edited by hand (a renamed field, a wrong type) before it reaches the wire, and Telegram
 * itself keeps only a handful of exceptions, which change about never. Telethon keeps such a list
 * for the same reason. Schemas that pin ids by design (TON's, TDLib's {@code *Prefix} functions,
 * secret chats' old layers) are not Telegram's published API and keep needing a setting
 * ({@link SchemaOptions#allowedIdMismatches()} or {@link IdPolicy#TRUST}).
 */
public final class KnownIds {
  private KnownIds() {}

  /**
   * One reviewed exception.
   *
   * @param name the definition's TL name
   * @param id its published id
   * @param where the files that publish it
   * @param why why the id differs from the text
   */
  public record KnownId(String name, int id, String where, String why) {}

  private static final String NO_SPELLING = "published with this id; no known spelling of its text gives it";

  /** Every known exception, by name. Checked against the files in {@code KnownIdsTest}. */
  public static final List<KnownId> TELEGRAM = List.of(
      new KnownId("ipPortSecret", 0x37982646, "mtproto.tl",
          "the CRC32 of its text with `bytes` left as written, where ids read `bytes` as `string`"),
      new KnownId("accessPointRule", 0x4679b65f, "mtproto.tl",
          NO_SPELLING),
      new KnownId("help.configSimple", 0x5a592a6c, "mtproto.tl",
          NO_SPELLING),
      new KnownId("msg_container", 0x73f1f8dc, "mtproto.tl",
          "the CRC32 of the older spelling `msg_container messages:vector message = MessageContainer`"),
      new KnownId("inputPeerPhotoFileLocationLegacy", 0x27d69997, "api.tl of mtcute (layer 223) and TDLib (228)",
          NO_SPELLING),
      new KnownId("inputStickerSetThumbLegacy", 0x0dbaeae9, "api.tl of mtcute (layer 223) and TDLib (228)",
          NO_SPELLING));

  private static final Map<String, KnownId> BY_NAME =
      TELEGRAM.stream().collect(Collectors.toUnmodifiableMap(KnownId::name, Function.identity()));

  /** Whether {@code name} with explicit id {@code id} is one of Telegram's known exceptions. */
  public static boolean isKnown(String name, int id) {
    KnownId known = BY_NAME.get(name);
    return known != null && known.id() == id;
  }

  /** The known exception of this name, whatever its id. */
  public static Optional<KnownId> forName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}

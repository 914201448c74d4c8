package dev.tlkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.schema.Schema;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real Telegram layers: GramJS's layer 181, the official layer 198 ({@code telegram-api-layer198.tl}) and TDLib's
 * {@code telegram_api.tl} (layer 228, which declares no layer). Each known change below was read
 * from the two files by hand.
 */
class RealLayersTest {
  private static final Schema LAYER_181 = Schemas.resource("gramjs-api-layer181.tl");
  private static final Schema LAYER_198 = Schemas.resource("telegram-api-layer198.tl");
  private static final Schema LAYER_228 = Schemas.resource("tdlib-telegram_api.tl");
  private static final SchemaChanges FROM_181 = SchemaDiff.compare(LAYER_181, LAYER_198);
  private static final SchemaChanges FROM_198 = SchemaDiff.compare(LAYER_198, LAYER_228);

  // 181 -> 198.

  /**
   * The example of the issue: {@code phone.requestCall#42ff96ed flags:# video:flags.0?true
   * user_id:InputUser random_id:int g_a_hash:bytes protocol:PhoneCallProtocol = phone.PhoneCall}
   * gained {@code conference_call:flags.1?InputGroupCall} after {@code user_id}.
   */
  @Test
  void requestCallGainedConferenceCall() {
    DefinitionChange call = function(FROM_181, "phone.requestCall");

    assertEquals(ChangeKind.CHANGED, call.kind());
    assertEquals("42ff96ed", call.oldId());
    assertEquals("a6c4600c", call.newId());
    assertEquals(List.of("ADDED conference_call:flags.1?InputGroupCall newPosition=3 "
            + "source=COMPATIBLE wire=INCOMPATIBLE"),
        call.fields().stream().map(Schemas::describe).toList());
    assertEquals("the id changed", call.fields().get(0).impact().wireWhy());
    assertEquals(Impact.Source.COMPATIBLE, call.impact().source());
  }

  /** {@code channels.getSponsoredMessages} became {@code messages.getSponsoredMessages}. */
  @Test
  void removedDefinitions() {
    assertEquals(ChangeKind.REMOVED, function(FROM_181, "channels.getSponsoredMessages").kind());
    DefinitionChange until = constructor(FROM_181, "emojiStatusUntil");
    assertEquals(ChangeKind.REMOVED, until.kind());
    assertEquals("old bytes with id fa30a8c7 no longer decode", until.impact().wireWhy());
  }

  @Test
  void addedDefinitions() {
    DefinitionChange starsAmount = constructor(FROM_181, "starsAmount");
    assertEquals(ChangeKind.ADDED, starsAmount.kind());
    assertEquals("starsAmount#bbb6b4a3 amount:long nanos:int = StarsAmount", starsAmount.newText());
    assertEquals(ChangeKind.ADDED, type(FROM_181, "StarsAmount").kind());
  }

  /** {@code messages.report} now answers with a {@code ReportResult} and takes an option. */
  @Test
  void reportChangedItsResultAndParameters() {
    DefinitionChange report = function(FROM_181, "messages.report");

    assertEquals("Bool", report.result().oldType());
    assertEquals("ReportResult", report.result().newType());
    assertEquals("decodeResult returns TypeReportResult instead of Boolean",
        report.result().impact().sourceWhy());
    assertEquals(List.of(
            "ADDED option:bytes newPosition=2 source=BREAKING wire=INCOMPATIBLE",
            "REMOVED reason:ReportReason oldPosition=2 source=BREAKING wire=INCOMPATIBLE"),
        report.fields().stream().map(Schemas::describe).toList());
  }

  /** {@code prepaidStarsGiveaway} joined {@code prepaidGiveaway}: a record becomes an interface. */
  @Test
  void prepaidGiveawayBecameAnInterface() {
    TypeChange t = type(FROM_181, "PrepaidGiveaway");

    assertEquals(List.of("prepaidStarsGiveaway"), t.addedConstructors());
    assertEquals(Impact.Source.BREAKING, t.impact().source());
    assertEquals(Impact.Wire.COMPATIBLE, t.impact().wire());
    TypeChange reaction = type(FROM_181, "Reaction");
    assertEquals(List.of("reactionPaid"), reaction.addedConstructors());
    assertEquals(Impact.Source.COMPATIBLE, reaction.impact().source());
  }

  @Test
  void starsBecameStarsAmount() {
    FieldChange stars = constructor(FROM_181, "starsTransaction").fields().stream()
        .filter(f -> f.name().equals("stars")).findFirst().orElseThrow();

    assertEquals("RETYPED stars:long -> stars:StarsAmount oldPosition=3 newPosition=8 "
        + "source=BREAKING wire=INCOMPATIBLE", Schemas.describe(stars));
    assertEquals("its Java type changes from long to StarsAmount", stars.impact().sourceWhy());
  }

  /** {@code gift_code_slug} moved from bit 0 to bit 3; {@code activated_count} became optional. */
  @Test
  void giveawayInfoResultsMovedAFlag() {
    assertEquals(List.of(
            "FLAG_MOVED gift_code_slug:flags.0?string -> gift_code_slug:flags.3?string "
                + "oldPosition=4 newPosition=4 source=COMPATIBLE wire=INCOMPATIBLE",
            "ADDED stars_prize:flags.4?long newPosition=5 source=COMPATIBLE wire=INCOMPATIBLE",
            "MADE_OPTIONAL activated_count:int -> activated_count:flags.2?int oldPosition=7 "
                + "newPosition=8 source=COMPATIBLE wire=INCOMPATIBLE"),
        constructor(FROM_181, "payments.giveawayInfoResults").fields().stream()
            .map(Schemas::describe).toList());
  }

  /** True flags are left out of the id, so adding one keeps it: old requests still decode. */
  @Test
  void getTopPeersGainedATrueFlagAndKeptItsId() {
    DefinitionChange topPeers = function(FROM_181, "contacts.getTopPeers");

    assertEquals("973478b6", topPeers.oldId());
    assertEquals("973478b6", topPeers.newId());
    assertEquals(List.of("ADDED bots_app:flags.16?true newPosition=9 source=COMPATIBLE wire=COMPATIBLE"),
        topPeers.fields().stream().map(Schemas::describe).toList());
    assertEquals(new Impact(Impact.Source.COMPATIBLE, "builders and accessors still compile",
        Impact.Wire.COMPATIBLE, "old bytes still decode"), topPeers.impact());
  }

  /**
   * {@code inputFileStoryDocument id:InputDocument} joined {@code InputFile}, whose constructors all
   * had {@code id:long}, {@code parts:int} and {@code name:string}: {@code TypeInputFile.id()} and
   * the others are gone from the sealed interface, which breaks code that called them.
   */
  @Test
  void inputFileLostItsSharedAccessors() {
    TypeChange t = type(FROM_181, "InputFile");

    assertEquals(List.of("inputFileStoryDocument"), t.addedConstructors());
    assertEquals(List.of("id(): long", "parts(): int", "name(): String"), t.lostAccessors());
    assertEquals(List.of(), t.gainedAccessors());
    assertEquals(new Impact(Impact.Source.BREAKING, "TypeInputFile no longer declares id(): long, "
            + "parts(): int, name(): String: not every constructor has them with one Java type",
        Impact.Wire.COMPATIBLE, "old bytes carry constructors it still has"), t.impact());
  }

  @Test
  void figuresFrom181To198() {
    // 35 breaking: 33 by the definitions' changes, and 2 sealed interfaces that lost shared
    // accessors (InputFile, payments.PaymentForm).
    assertFigures(FROM_181, "147 added, 8 removed, 79 changed; types: 41 added, 2 removed, "
        + "22 changed", 35, 83);
    assertAddedAndRemovedAreTheKeyDifferences(LAYER_181, LAYER_198, FROM_181);
  }

  // 198 -> 228.

  /** TDLib's file is at a layer where {@code conference_call} is gone again, and the id back. */
  @Test
  void requestCallLostConferenceCall() {
    DefinitionChange call = function(FROM_198, "phone.requestCall");

    assertEquals("a6c4600c", call.oldId());
    assertEquals("42ff96ed", call.newId());
    assertEquals(List.of("REMOVED conference_call:flags.1?InputGroupCall oldPosition=3 "
            + "source=BREAKING wire=INCOMPATIBLE"),
        call.fields().stream().map(Schemas::describe).toList());
  }

  /** {@code inputGroupCallSlug} and {@code inputGroupCallInviteMessage} joined {@code inputGroupCall}. */
  @Test
  void inputGroupCallBecameAnInterface() {
    TypeChange t = type(FROM_198, "InputGroupCall");

    assertEquals(List.of("inputGroupCallInviteMessage", "inputGroupCallSlug"), t.addedConstructors());
    assertEquals("its Java type changes from record InputGroupCall to sealed interface "
        + "TypeInputGroupCall", t.impact().sourceWhy());
    assertEquals(Impact.Wire.COMPATIBLE, t.impact().wire());
  }

  /**
   * {@code help.promoData}: {@code peer} became optional, two required vectors and an optional
   * field came in, and {@code chats} and {@code users} moved to the end.
   */
  @Test
  void promoDataMovedChatsAndUsersToTheEnd() {
    assertEquals(List.of(
            "MADE_OPTIONAL peer:Peer -> peer:flags.3?Peer oldPosition=3 newPosition=3 "
                + "source=COMPATIBLE wire=INCOMPATIBLE",
            "ADDED pending_suggestions:Vector<string> newPosition=6 source=BREAKING wire=INCOMPATIBLE",
            "ADDED dismissed_suggestions:Vector<string> newPosition=7 source=BREAKING wire=INCOMPATIBLE",
            "ADDED custom_pending_suggestion:flags.4?PendingSuggestion newPosition=8 "
                + "source=COMPATIBLE wire=INCOMPATIBLE",
            "MOVED chats:Vector<Chat> -> chats:Vector<Chat> oldPosition=4 newPosition=9 "
                + "source=COMPATIBLE wire=INCOMPATIBLE",
            "MOVED users:Vector<User> -> users:Vector<User> oldPosition=5 newPosition=10 "
                + "source=COMPATIBLE wire=INCOMPATIBLE"),
        constructor(FROM_198, "help.promoData").fields().stream()
            .map(Schemas::describe).toList());
  }

  @Test
  void canSendStoryNowCountsStories() {
    DefinitionChange f = function(FROM_198, "stories.canSendStory");

    assertEquals(new DefinitionChange.ResultChange("Bool", "stories.CanSendStoryCount",
            new Impact(Impact.Source.BREAKING,
                "decodeResult returns StoriesCanSendStoryCount instead of Boolean",
                Impact.Wire.INCOMPATIBLE, "old replies are read as stories.CanSendStoryCount")),
        f.result());
  }

  @Test
  void pollAnswersBecameIndexes() {
    FieldChange answers = constructor(FROM_198, "inputMediaPoll").fields().stream()
        .filter(f -> f.name().equals("correct_answers")).findFirst().orElseThrow();

    assertEquals(FieldChange.Kind.RETYPED, answers.kind());
    assertEquals("its Java type changes from List<TlBytes> to List<Integer>",
        answers.impact().sourceWhy());
  }

  /** TDLib's file has no {@code null#56730bcc = Null}. */
  @Test
  void nullIsGone() {
    assertEquals(ChangeKind.REMOVED, constructor(FROM_198, "null").kind());
    assertEquals(ChangeKind.REMOVED, type(FROM_198, "Null").kind());
  }

  @Test
  void figuresFrom198To228() {
    assertEquals("layer 198 -> tdlib-telegram_api.tl", TextReport.versions(FROM_198));
    // Of the 42 changed types, 5 changed only their shared accessors, all gained (StarGift now
    // declares title(), for one); ChatFull and Dialog lost some, which makes 2 of the 95 breaking.
    // TDLib's copy declares bytes = Bytes;, its way of declaring a builtin: not an added type.
    assertFigures(FROM_198, "398 added, 26 removed, 170 changed; types: 85 added, 7 removed, "
        + "42 changed", 95, 191);
    assertAddedAndRemovedAreTheKeyDifferences(LAYER_198, LAYER_228, FROM_198);
  }

  /** The same comparison gives the same report, byte for byte. */
  @Test
  void reportsAreDeterministic() {
    SchemaChanges again = SchemaDiff.compare(Schemas.resource("gramjs-api-layer181.tl"), LAYER_198);

    assertEquals(FROM_181, again);
    for (ReportFormat format : ReportFormat.values()) {
      assertEquals(format.render(FROM_181), format.render(again), format.name());
    }
  }

  // Helpers.

  private static void assertFigures(SchemaChanges changes, String counts, int breaking,
      int wireIncompatible) {
    assertEquals(counts, TextReport.counts(changes));
    assertEquals(breaking, changes.breakingCount(), "breaking");
    assertEquals(wireIncompatible, changes.wireIncompatibleCount(), "wire-incompatible");
    assertTrue(changes.hasBreaking());
    assertTrue(changes.hasWireIncompatible());
  }

  /** Added and removed definitions, found without the diff: the differences of the key sets. */
  private static void assertAddedAndRemovedAreTheKeyDifferences(Schema before, Schema after,
      SchemaChanges changes) {
    Set<String> oldKeys = keys(before);
    Set<String> newKeys = keys(after);
    Set<String> added = new TreeSet<>(newKeys);
    added.removeAll(oldKeys);
    Set<String> removed = new TreeSet<>(oldKeys);
    removed.removeAll(newKeys);
    assertEquals(added, names(changes, ChangeKind.ADDED));
    assertEquals(removed, names(changes, ChangeKind.REMOVED));
  }

  private static Set<String> keys(Schema schema) {
    return Stream.concat(schema.constructors().stream(), schema.functions().stream())
        .filter(c -> !c.isBuiltin())
        .map(c -> (c.isFunction() ? "function " : "constructor ") + c.key())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(SchemaChanges changes, ChangeKind kind) {
    return changes.definitions().stream().filter(d -> d.kind() == kind)
        .map(d -> (d.isFunction() ? "function " : "constructor ") + d.name())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static DefinitionChange function(SchemaChanges changes, String name) {
    return find(changes.functions(), name);
  }

  private static DefinitionChange constructor(SchemaChanges changes, String name) {
    return find(changes.constructors(), name);
  }

  private static DefinitionChange find(List<DefinitionChange> changes, String name) {
    return changes.stream().filter(d -> d.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no change to " + name));
  }

  private static TypeChange type(SchemaChanges changes, String name) {
    return changes.types().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no change to type " + name));
  }

}

package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link RpcException} and {@link RpcErrorCatalogue} on a catalogue of four errors. */
class RpcExceptionTest {
  static final RpcErrorInfo FLOOD_WAIT = new RpcErrorInfo(420, "FLOOD_WAIT_%d", "A wait of %d seconds is required", "seconds");
  static final RpcErrorInfo FILE_PART_MISSING = new RpcErrorInfo(400, "FILE_PART_%d_MISSING", "Part %d of the file is missing", "which");
  static final RpcErrorInfo PRIVACY = new RpcErrorInfo(403, "USER_PRIVACY_RESTRICTED", "The user's privacy settings do not allow you to do this.", "");
  static final RpcErrorInfo IMPORT_WAIT = new RpcErrorInfo(406, "PREVIOUS_CHAT_IMPORT_ACTIVE_WAIT_%dMIN", "", "minutes");
  static final RpcErrorCatalogue CATALOGUE = RpcErrorCatalogue.of(List.of(FLOOD_WAIT, FILE_PART_MISSING, PRIVACY, IMPORT_WAIT));

  @Test
  void floodWaitIsTheKnownPatternWithItsNumber() {
    RpcException e = CATALOGUE.exception(420, "FLOOD_WAIT_17");
    assertEquals(420, e.code());
    assertEquals(RpcErrorClass.FLOOD, e.codeClass());
    assertEquals("FLOOD_WAIT_17", e.errorMessage());
    assertEquals("FLOOD_WAIT_%d", e.name());
    assertEquals(Optional.of(FLOOD_WAIT), e.info());
    assertEquals(OptionalLong.of(17), e.parameter());
    assertTrue(e.isKnown());
    assertTrue(e.is("FLOOD_WAIT_%d"));
    assertTrue(e.is("FLOOD_WAIT_17"));
    assertFalse(e.is("FLOOD_WAIT_18"));
    assertTrue(e.is(FLOOD_WAIT));
    assertFalse(e.is(PRIVACY));
    assertTrue(e.is(RpcErrorClass.FLOOD));
    assertEquals("420 FLOOD_WAIT_17: A wait of %d seconds is required", e.getMessage());
  }

  @Test
  void theNumberMayStandInsideTheName() {
    assertEquals(OptionalLong.of(3), CATALOGUE.exception(400, "FILE_PART_3_MISSING").parameter());
    assertEquals(OptionalLong.of(15),
        CATALOGUE.exception(406, "PREVIOUS_CHAT_IMPORT_ACTIVE_WAIT_15MIN").parameter());
    assertFalse(CATALOGUE.exception(400, "FILE_PART__MISSING").isKnown());
    assertFalse(CATALOGUE.exception(400, "FILE_PART_x_MISSING").isKnown());
    assertFalse(CATALOGUE.exception(420, "FLOOD_WAIT_").isKnown());
    assertFalse(CATALOGUE.exception(420, "FLOOD_WAIT_1234567890123456789").isKnown());
  }

  @Test
  void aKnownNameWithoutNumber() {
    RpcException e = CATALOGUE.exception(403, "USER_PRIVACY_RESTRICTED");
    assertEquals(RpcErrorClass.FORBIDDEN, e.codeClass());
    assertEquals("USER_PRIVACY_RESTRICTED", e.name());
    assertEquals(OptionalLong.empty(), e.parameter());
    assertTrue(e.is(PRIVACY));
    assertTrue(e.is("USER_PRIVACY_RESTRICTED"));
    assertEquals("The user's privacy settings do not allow you to do this.", e.info().orElseThrow().description());
  }

  @Test
  void anUnknownNameIsKeptAsItCame() {
    RpcException e = CATALOGUE.exception(400, "SOMETHING_NEW_42");
    assertFalse(e.isKnown());
    assertEquals("SOMETHING_NEW_42", e.name());
    assertEquals(Optional.empty(), e.info());
    assertEquals(OptionalLong.empty(), e.parameter());
    assertEquals(RpcErrorClass.BAD_REQUEST, e.codeClass());
    assertTrue(e.is("SOMETHING_NEW_42"));
    assertFalse(e.is(FLOOD_WAIT));
    assertEquals("400 SOMETHING_NEW_42", e.getMessage());
  }

  @Test
  void codeClasses() {
    assertEquals(RpcErrorClass.SEE_OTHER, RpcErrorClass.of(303));
    assertEquals(RpcErrorClass.INTERNAL, RpcErrorClass.of(500));
    assertEquals(RpcErrorClass.OTHER, RpcErrorClass.of(-503));
    assertEquals(RpcErrorClass.OTHER, RpcErrorClass.of(0));
  }

  @Test
  void theCatalogueFindsNamesAndMessages() {
    assertEquals(Optional.of(FLOOD_WAIT), CATALOGUE.find("FLOOD_WAIT_%d"));
    assertEquals(Optional.of(FLOOD_WAIT), CATALOGUE.find("FLOOD_WAIT_0"));
    assertEquals(Optional.empty(), CATALOGUE.find("flood_wait_1"));
    assertEquals(4, CATALOGUE.all().size());
    assertThrows(IllegalArgumentException.class, () -> RpcErrorCatalogue.of(List.of(PRIVACY, PRIVACY)));
    assertThrows(IllegalArgumentException.class, () -> new RpcException(420, "FLOOD", FLOOD_WAIT));
  }
}

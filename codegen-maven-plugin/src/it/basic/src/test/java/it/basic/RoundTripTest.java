package it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tlkit.runtime.TlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  @Test
  void anObjectBuiltWithTheBuilderDecodesBackEqual() {
    User user = User.builder()
        .bot(true)
        .id(42L)
        .firstName("Ann")
        .location(GeoPoint.builder().lat(48.85).long_(2.35).build())
        .phones(List.of("+33 1", "+33 2"))
        .build();

    byte[] bytes = user.toBytes();

    assertEquals(user, Tl.decode(bytes));
    assertEquals(user, TypeUser.decode(new TlReader(bytes)));
    assertNull(((User) Tl.decode(bytes)).username());
    assertEquals(5, Tl.LAYER);
  }

  @Test
  void aFunctionCallRoundTripsAndDecodesItsResult() {
    UsersGetUsers call = new UsersGetUsers(List.of(1L, 2L));

    assertEquals(call, Tl.decodeFunction(new TlReader(call.toBytes())));

    UserEmpty empty = new UserEmpty(7L);
    byte[] emptyBytes = empty.toBytes();
    byte[] vector = new byte[8 + emptyBytes.length];
    new dev.tlkit.runtime.TlWriter(vector).writeVectorHeader(1);
    System.arraycopy(emptyBytes, 0, vector, 8, emptyBytes.length);
    assertEquals(List.of(empty), call.decodeResult(new TlReader(vector)));
  }
}

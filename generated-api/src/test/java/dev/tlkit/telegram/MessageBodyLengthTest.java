package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlRawObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MTProto's {@code message msg_id:long seqno:int bytes:int body:Object} says how long its body is.
 * The decoder must read the body within those {@code bytes}: a body that is a bare vector (an
 * {@code rpc_result} of a {@code Vector<long>} call) says nothing of its own length, and a body
 * that does not fill {@code bytes} is misread.
 */
class MessageBodyLengthTest {
  private static final int MSG_CONTAINER = 0x73f1f8dc;
  private static final int RPC_RESULT = 0xf35c6d01;
  private static final int MSGS_ACK = 0x62d6b459;
  private static final int VECTOR = 0x1cb5c415;

  /** rpc_result req_msg_id:100 result:(Vector<long> [42]): 28 bytes. */
  private static byte[] rpcResultOfAVector() {
    return new Wire().i32(RPC_RESULT).i64(100) // rpc_result req_msg_id
        .i32(VECTOR).i32(1).i64(42) // result: a vector of one long
        .toArray();
  }

  /** msgs_ack msg_ids:[7]: 20 bytes. */
  private static byte[] msgsAck() {
    return new Wire().i32(MSGS_ACK).i32(VECTOR).i32(1).i64(7).toArray();
  }

  private static byte[] container(int firstBytes, byte[] first, int secondBytes, byte[] second) {
    return new Wire().i32(MSG_CONTAINER).i32(2) // msg_container, messages: a bare vector of 2
        .i64(1).i32(1).i32(firstBytes).raw(first) // message msg_id seqno bytes body
        .i64(2).i32(3).i32(secondBytes).raw(second)
        .toArray();
  }

  @Test
  void aVectorResultInAContainerEndsWhereItsMessageSaysItEnds() {
    byte[] wire = container(28, rpcResultOfAVector(), 20, msgsAck());
    MsgContainer decoded = (MsgContainer) Tl.decode(wire);
    assertEquals(2, decoded.messages().size());
    RpcResult result = (RpcResult) decoded.messages().get(0).body();
    assertArrayEquals(new Wire().i32(VECTOR).i32(1).i64(42).toArray(),
        ((TlRawObject) result.result()).bytes().toByteArray());
    assertEquals(List.of(7L), ((MsgsAck) decoded.messages().get(1).body()).msgIds());
    assertArrayEquals(wire, decoded.toBytes());
  }

  @Test
  void aBodyThatDoesNotFillItsBytesIsAnError() {
    // The second message says 24 bytes, its body has 20.
    assertThrows(TlDecodeException.class,
        () -> Tl.decode(container(20, msgsAck(), 24, msgsAck())));
    // The first message says 16 bytes, its body has 20.
    assertThrows(TlDecodeException.class,
        () -> Tl.decode(container(16, msgsAck(), 20, msgsAck())));
  }
}

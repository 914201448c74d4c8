package com.example;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tlkit.runtime.RpcException;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.telegram.InputUser;
import dev.tlkit.telegram.PhoneCallEmpty;
import dev.tlkit.telegram.PhoneCallProtocol;
import dev.tlkit.telegram.PhonePhoneCall;
import dev.tlkit.telegram.PhoneRequestCall;
import dev.tlkit.telegram.RpcError;
import dev.tlkit.telegram.RpcErrors;
import dev.tlkit.telegram.Tl;
import java.util.List;

public class Main {
  public static void main(String[] args) {
    var call = PhoneRequestCall.builder()
        .video(true)
        .userId(InputUser.builder().userId(123456789L).accessHash(-987654321987654321L).build())
        .randomId(43)
        .gAHash("arbitrary data here".getBytes(UTF_8))
        .protocol(PhoneCallProtocol.builder()
            .udpP2p(true).udpReflector(true).minLayer(43).maxLayer(43)
            .libraryVersions(List.of("some string here")).build())
        .build();
    byte[] wire = call.toBytes();                       // exactly the bytes Telegram expects
    System.out.println(TlBytes.of(wire).hex());

    TlObject any = Tl.decode(wire);                     // any boxed object, by its id
    System.out.println(any.equals(call));

    // Your MTProto connection sends `wire` and gives you the reply's bytes; here we make one up.
    byte[] reply = PhonePhoneCall.builder()
        .phoneCall(new PhoneCallEmpty(7L)).users(List.of()).build().toBytes();
    PhonePhoneCall answer = call.decodeResult(reply);   // typed by the function's result type
    System.out.println(answer.phoneCall());

    // An rpc_error instead of a result, as your connection hands it over:
    RpcException e = RpcErrors.exception(new RpcError(420, "FLOOD_WAIT_17"));
    if (e.is(RpcErrors.FLOOD_WAIT_X)) {
      System.out.println("wait " + e.parameter().getAsLong() + " s: " + e.info().get().description());
    }
  }
}

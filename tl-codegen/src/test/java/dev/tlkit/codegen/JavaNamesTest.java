package dev.tlkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming scheme, as a table: the README's naming table is this test's data. */
class JavaNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "phone.requestCall, PhoneRequestCall",
    "phoneCallProtocol, PhoneCallProtocol",
    "inputPeerUser, InputPeerUser",
    "phone.phoneCall, PhonePhoneCall",
    "p_q_inner_data, PQInnerData",
    "server_DH_params_ok, ServerDHParamsOk",
    "resPQ, ResPQ",
    "help.configSimple, HelpConfigSimple",
    "liteServer.signatureSet.ordinary, LiteServerSignatureSetOrdinary",
    "error, Error",
    "InputPeer, InputPeer",
  })
  void classNamesArePascalCaseWithNamespaceFirst(String tl, String java) {
    assertEquals(java, JavaNames.pascal(tl));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "user_id, userId",
    "g_a_hash, gAHash",
    "srp_B, srpB",
    "udp_p2p, udpP2p",
    "random_id, randomId",
    "video, video",
    "default, default_",
    "final, final_",
    "long, long_",
    "private, private_",
    "public, public_",
    "short, short_",
    "static, static_",
    "record, record_",
    "var, var_",
    "builder, builder_",
    "hash_code, hashCode_",
    "to_string, toString_",
    "to_bytes, toBytes_",
  })
  void fieldNamesAreCamelCaseAndNeverKeywordsOrMemberNames(String tl, String java) {
    assertEquals(java, JavaNames.fieldName(tl));
  }
}

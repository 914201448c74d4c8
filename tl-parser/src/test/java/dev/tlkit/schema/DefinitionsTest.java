package dev.tlkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact models of a handful of definitions, each showing one feature of the language. */
class DefinitionsTest {
  private static final Schema API = TestSchemas.load("telegram-api-layer198.tl");

  @Test
  void functionWithFlags() {
    Combinator c = API.function("phone.requestCall").orElseThrow();

    assertEquals("phone.requestCall#a6c4600c flags:# video:flags.0?true user_id:InputUser "
        + "conference_call:flags.1?InputGroupCall random_id:int g_a_hash:bytes "
        + "protocol:PhoneCallProtocol = phone.PhoneCall", c.toTl());
    assertEquals(Combinator.Kind.FUNCTION, c.kind());
    assertEquals("phone", c.namespace());
    assertEquals("requestCall", c.simpleName());
    assertEquals(0xa6c4600c, c.id());
    assertTrue(c.explicitId());
    Parameter video = c.parameters().get(1);
    assertEquals(new FlagCondition("flags", 0), video.condition());
    assertTrue(video.isTrueFlag());
    assertEquals(TypeRef.Target.builtin(Builtin.TRUE), ((TypeRef.Named) video.type()).target());
    assertEquals(new TypeRef.Nat(), c.parameters().get(0).type());
    assertEquals(TypeRef.Target.type("InputUser"), ((TypeRef.Named) c.parameters().get(2).type()).target());
    Parameter conferenceCall = c.parameters().get(3);
    assertEquals(new FlagCondition("flags", 1), conferenceCall.condition());
    assertEquals(2, conferenceCall.condition().mask());
    assertTrue(conferenceCall.isOptional());
    assertEquals(TypeRef.Target.builtin(Builtin.BYTES), ((TypeRef.Named) c.parameters().get(5).type()).target());
    assertEquals(TypeRef.Target.type("phone.PhoneCall"), ((TypeRef.Named) c.resultType()).target());
    // valueParameters() leaves out the `#` field.
    assertEquals(List.of("video", "user_id", "conference_call", "random_id", "g_a_hash", "protocol"),
        c.valueParameters().stream().map(Parameter::name).toList());
    assertEquals(Location.of("telegram-api-layer198.tl", 1996, 1), c.location());
  }

  @Test
  void genericFunction() {
    Combinator c = API.function("invokeWithLayer").orElseThrow();

    assertEquals("invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X", c.toTl());
    assertEquals("X", c.typeParameters().get(0).name());
    assertEquals("Type", c.typeParameters().get(0).kind());
    assertEquals(new TypeRef.Var("X", true), c.parameters().get(1).type());
    assertEquals(new TypeRef.Var("X", false), c.resultType());
  }

  @Test
  void builtinVector() {
    Combinator c = API.constructor("vector").orElseThrow();

    assertEquals("# [ t ]", c.builtinBody().toTl());
    assertTrue(c.isBuiltin());
    assertEquals(List.of(), c.parameters());
    assertEquals("Vector t", c.resultTypeTl());
    TypeRef.Named result = (TypeRef.Named) c.resultType();
    assertEquals(TypeRef.Target.vector(), result.target());
    assertEquals(List.of(new TypeRef.Var("t", false)), result.args());
    assertTrue(API.types().stream().noneMatch(t -> t.name().equals("Vector")));
  }

  @Test
  void vectorsAreBareOrBoxedByCase() {
    Combinator c = API.constructor("inputMediaPoll").orElseThrow();
    TypeRef.Named answers = (TypeRef.Named) c.parameters().get(2).type();

    assertEquals("Vector<bytes>", answers.toTl());
    assertTrue(answers.isVector());
    assertEquals(false, answers.bare());
    TypeRef.Named bytes = (TypeRef.Named) answers.args().get(0);
    assertEquals(TypeRef.Target.builtin(Builtin.BYTES), bytes.target());
  }

  @Test
  void builtinsWinOverTheirDeclarations() {
    Schema ton = TestSchemas.load("ton-lite_api.tl");
    Combinator int128 = ton.constructor("int128").orElseThrow();

    assertEquals(new BuiltinBody.Repeated(4, "int"), int128.builtinBody());
    assertEquals(16, ((BuiltinBody.Repeated) int128.builtinBody()).rawIntWidth());
    assertEquals("int128 4*[ int ] = Int128", int128.toTl());
    assertEquals(new BuiltinBody.Scalar(), ton.constructor("int").orElseThrow().builtinBody());
    // `bytes data:string = Bytes` is an ordinary constructor, yet `bytes` still means the builtin.
    Combinator libraryEntry = ton.constructor("liteServer.libraryEntry").orElseThrow();
    assertEquals(TypeRef.Target.builtin(Builtin.BYTES),
        ((TypeRef.Named) libraryEntry.parameters().get(1).type()).target());
    // Bool is produced by boolTrue/boolFalse and listed as a type, but references are builtin.
    assertTrue(ton.type("Bool").isPresent());
  }

  @Test
  void tonModeFieldsAndBareReferences() {
    Schema ton = TestSchemas.load("ton-lite_api.tl");
    Combinator c = ton.constructor("liteServer.runMethodResult").orElseThrow();

    assertEquals("liteServer.runMethodResult mode:# id:tonNode.blockIdExt shardblk:tonNode.blockIdExt "
        + "shard_proof:mode.0?bytes proof:mode.0?bytes state_proof:mode.1?bytes init_c7:mode.3?bytes "
        + "lib_extras:mode.4?bytes exit_code:int result:mode.2?bytes = liteServer.RunMethodResult",
        c.toTl());
    assertEquals(new FlagCondition("mode", 3), c.parameters().get(6).condition());
    TypeRef.Named id = (TypeRef.Named) c.parameters().get(1).type();
    assertTrue(id.bare());
    assertEquals(TypeRef.Target.constructor("tonNode.blockIdExt"), id.target());
  }

  @Test
  void parenthesizedApplicationIsAVector() {
    Schema ton = TestSchemas.load("ton-lite_api.tl");
    Combinator c = ton.constructor("liteServer.transactionList").orElseThrow();
    TypeRef.Named ids = (TypeRef.Named) c.parameters().get(0).type();

    assertEquals("vector", ids.name());
    assertEquals("vector<tonNode.blockIdExt>", ids.toTl());
    assertTrue(ids.bare());
    assertEquals(TypeRef.Target.vector(), ids.target());
    assertEquals(TypeRef.Target.constructor("tonNode.blockIdExt"),
        ((TypeRef.Named) ids.args().get(0)).target());
    // `(vector bytes)` in the same form:
    Combinator bytes = TestSchemas.load("ton-ton_api.tl").constructor("testVectorBytes").orElseThrow();
    TypeRef.Named value = (TypeRef.Named) bytes.parameters().get(0).type();
    assertEquals("testVectorBytes value:vector<bytes> = TestObject", bytes.toTl());
    assertEquals(new TypeRef.Named("vector", true, false, java.util.List.of(
        new TypeRef.Named("bytes", true, false, java.util.List.of(), TypeRef.Target.builtin(Builtin.BYTES))),
        TypeRef.Target.vector()), value);
  }

  @Test
  void multiLineDefinitionWithComments() {
    Combinator c = TestSchemas.load("ton-ton_api.tl").constructor("storage.daemon.torrent").orElseThrow();

    assertEquals(16, c.parameters().size());
    assertEquals(new FlagCondition("flags", 2), c.parameters().get(15).condition());
    assertEquals(Location.of("ton-ton_api.tl", 993, 1), c.location());
  }

  @Test
  void nestedVectorsAndDefinitionsWithoutIds() {
    Schema mtproto = TestSchemas.load("mtproto.tl");
    Combinator permutation = mtproto.constructor("tlsBlockPermutation").orElseThrow();
    TypeRef.Named entries = (TypeRef.Named) permutation.parameters().get(0).type();

    assertEquals("Vector<Vector<TlsBlock>>", entries.toTl());
    assertEquals(TypeRef.Target.type("TlsBlock"),
        ((TypeRef.Named) ((TypeRef.Named) entries.args().get(0)).args().get(0)).target());
    Combinator hello = mtproto.constructor("tlsClientHello").orElseThrow();
    assertEquals("tlsClientHello blocks:vector<TlsBlock> = TlsClientHello", hello.toTl());
    assertNull(hello.builtinBody());
  }

  @Test
  void bareFormOfABoxedType() {
    Schema mtproto = TestSchemas.load("mtproto.tl");
    TypeRef.Named messages = (TypeRef.Named) mtproto.constructor("msg_container").orElseThrow()
        .parameters().get(0).type();
    TypeRef.Named message = (TypeRef.Named) messages.args().get(0);

    assertEquals("%Message", message.toTl());
    assertTrue(message.bare());
    assertTrue(message.percent());
    assertEquals(TypeRef.Target.constructor("message"), message.target());
    assertEquals(TypeRef.Target.object(), ((TypeRef.Named) mtproto.constructor("message")
        .orElseThrow().parameters().get(3).type()).target());
  }

  @Test
  void typesInOrderOfFirstAppearance() {
    TlType inputPeer = API.type("InputPeer").orElseThrow();

    assertEquals(List.of("Bool", "True", "Error", "Null", "InputPeer"),
        API.types().subList(0, 5).stream().map(TlType::name).toList());
    assertEquals(List.of("inputPeerEmpty", "inputPeerSelf", "inputPeerChat", "inputPeerUser",
            "inputPeerChannel", "inputPeerUserFromMessage", "inputPeerChannelFromMessage"),
        inputPeer.constructors().stream().map(Combinator::name).toList());
    assertEquals("", inputPeer.scope());
  }

  @Test
  void tdlibBuiltinsOutsideTheBuiltinEnum() {
    Schema e2e = TestSchemas.load("tdlib-e2e_api.tl");
    TypeRef.Named signature = (TypeRef.Named) e2e.constructor("e2e.personalOnServer").orElseThrow()
        .parameters().get(0).type();
    // int512 16*[ int ] = Int512 is a builtin our Builtin enum does not know: a builtin combinator.
    assertEquals(TypeRef.Target.constructor("int512"), signature.target());
    assertTrue(e2e.constructorByKey("int512").orElseThrow().isBuiltin());
    // int32 = Int32 is TDLib's way of declaring the builtin int (TdlibBuiltinsTest).
    TypeRef.Named int32 = (TypeRef.Named) TestSchemas.load("tdlib-td_api.tl").constructor("error")
        .orElseThrow().parameters().get(0).type();
    assertEquals(TypeRef.Target.builtin(Builtin.INT), int32.target());
  }
}

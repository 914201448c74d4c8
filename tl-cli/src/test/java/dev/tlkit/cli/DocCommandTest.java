package dev.tlkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.Callers;
import dev.tlkit.codegen.docs.DefinitionDocs;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.codegen.docs.FunctionError;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tlc doc} on the bundled API, and {@code tlc import-docs} on a small file pair of mtcute's format. */
class DocCommandTest {
  @TempDir
  Path tmp;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Tlc.commandLine(new ByteArrayInputStream(new byte[0]));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  /** A schema of the user's: TDLib's //@ comments are its documentation. */
  @Test
  void anotherSchemaIsDocumentedByItsComments() throws Exception {
    Path schema = tmp.resolve("small_api.tl");
    Files.writeString(schema, """
        //@description A chat @id Chat identifier @title Chat title
        chat id:long title:string = Chat;
        ---functions---
        //@description Returns a chat @chat_id Chat identifier
        getChat chat_id:long = Chat;
        """);
    Run r = run("doc", "--schema", schema.toString(), "--package", "org.example.td", "getChat");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("getChat (function)\n\nReturns a chat\n"), r.out());
    assertTrue(r.out().contains("  chat_id: long  (Java: long)\n      Chat identifier\n"), r.out());
    assertTrue(r.out().contains("Result: Chat  (Java: Chat)\n"), r.out());
    assertTrue(r.out().contains("Java class: org.example.td.GetChat\n"), r.out());
  }

  @Test
  void anUnknownNameInAnotherSchemaNamesTheFiles() throws Exception {
    Path schema = tmp.resolve("small_api.tl");
    Files.writeString(schema, "chat id:long title:string = Chat;\n");
    Run r = run("doc", "--schema", schema.toString(), "chats");

    assertEquals(1, r.exitCode());
    assertEquals("error: no definition or type 'chats' in " + schema + "; closest: Chat, chat\n", r.err());
  }

  @Test
  void aMalformedDocsFileIsAnErrorWithItsPosition() throws Exception {
    Path schema = tmp.resolve("small_api.tl");
    Files.writeString(schema, "chat id:long = Chat;\n");
    Path docs = tmp.resolve("small.docs.json");
    Files.writeString(docs, "{\n  \"format\": \n");
    Run r = run("doc", "--schema", schema.toString(), "--docs", docs.toString(), "chat");

    assertEquals(1, r.exitCode());
    assertTrue(r.err().startsWith(docs + ":3:"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void docsWithoutASchemaIsABadCommandLine() {
    Run r = run("doc", "--docs", "x.json", "phone.requestCall");

    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--docs documents a schema given with --schema"), r.err());
  }

  @Test
  void phoneRequestCallPrintsTheSeedPage() {
    Run r = run("doc", "phone.requestCall");
    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    for (String line : List.of(
        "phone.requestCall (function)",
        // A terminal cannot follow a link: its address follows its text.
        "Start a telegram phone call, see here » (https://core.telegram.org/api/calls#one-to-one-calls) for",
        "more info on the full flow.",
        "  video: flags.0?true  (Java: boolean)",
        "      Whether to start a video call",
        "  user_id: InputUser  (Java: TypeInputUser)",
        "      Destination of the phone call",
        "      Random ID to avoid resending the same object. See here »",
        "      (https://core.telegram.org/api/updates#updatemessageid-updates) for more info on random ID",
        "  g_a_hash: bytes  (Java: TlBytes)",
        "      Parameter for E2E encryption key exchange »",
        "      (https://core.telegram.org/api/end-to-end/voice-calls)",
        "      Phone call settings",
        "Result: phone.PhoneCall  (Java: PhonePhoneCall)",
        "  400 CALL_PROTOCOL_FLAGS_INVALID Call protocol flags invalid.",
        "  400 INPUT_USER_DEACTIVATED The specified user was deleted.",
        "  400 USER_ID_INVALID The provided user ID is invalid.",
        "  403 (400 in the catalogue) USER_IS_BLOCKED You were blocked by this user.",
        "  403 USER_PRIVACY_RESTRICTED The user's privacy settings do not allow you to do this.",
        "Bots: cannot use this method; only users can.",
        "Java class: dev.tlkit.telegram.PhoneRequestCall",
        "TL: phone.requestCall#42ff96ed flags:# video:flags.0?true user_id:InputUser random_id:int g_a_hash:bytes protocol:PhoneCallProtocol = phone.PhoneCall")) {
      assertTrue(out.contains(line + "\n"), line + " in\n" + out);
    }
  }

  @Test
  void markdown() {
    Run r = run("doc", "--format", "markdown", "phone.requestCall");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("# phone.requestCall (function)\n\nStart a telegram phone call, see "
        + "[here »](https://core.telegram.org/api/calls#one-to-one-calls) for more info on the full flow.\n"), r.out());
    assertTrue(r.out().contains("| `video` | `flags.0?true` | `boolean` | Whether to start a video call |\n"));
    assertTrue(r.out().contains("| 403 | `USER_PRIVACY_RESTRICTED` | The user's privacy settings do not allow you to do this. |\n"));
    assertTrue(r.out().contains("**Bots:** cannot use this method; only users can.\n"));
    assertEquals(r, run("doc", "--format", "Markdown", "phone.requestCall"), "the format in any case");
  }

  @Test
  void typesAndConstructorsToo() {
    Run type = run("doc", "InputPeer");
    assertEquals(0, type.exitCode(), type.err());
    assertTrue(type.out().startsWith("InputPeer (type)\n"), type.out());
    assertTrue(type.out().contains("Java class: dev.tlkit.telegram.TypeInputPeer\n"), type.out());
    Run constructor = run("doc", "inputPeerUser");
    assertTrue(constructor.out().contains("Type: InputPeer  (Java: TypeInputPeer)\n"), constructor.out());
  }

  @Test
  void anUnknownNameOffersTheClosest() {
    Run r = run("doc", "phone.requestCal");
    assertEquals(1, r.exitCode());
    assertEquals("error: no definition or type 'phone.requestCal' in the Telegram API; closest: phone.requestCall\n", r.err());
    Run several = run("doc", "requestCall");
    assertTrue(several.err().startsWith("error: no definition or type 'requestCall' in the Telegram API; closest: "), several.err());
    assertTrue(several.err().contains("phone.requestCall"), several.err());
    assertEquals("", run("doc", "zzzzqqqq").err().replaceAll("^error: no definition or type 'zzzzqqqq' in the Telegram API\n$", ""));
  }

  @Test
  void importsMtcutesTwoFiles() throws Exception {
    Path dir = Path.of(getClass().getResource("/mtcute/api-schema.json").toURI()).getParent();
    Path schema = tmp.resolve("geo.tl");
    Files.writeString(schema, """
        point x:int y:int = Point;
        line = Line;
        ---functions---
        geo.getPoint flags:# exact:flags.0?true = Point;
        """);
    Path out = tmp.resolve("out/geo.docs.json");
    Run r = run("import-docs", "--mtcute-schema", dir.resolve("api-schema.json").toString(),
        "--mtcute-errors", dir.resolve("raw-errors.json").toString(), "--out", out.toString(),
        "--source", "test", schema.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("covers 3 of 3 definitions (100.0%) and 2 of 3 parameters (66.7%); 1 of 1 functions list errors,"
        + " 1 say who may call them; 3 errors in the catalogue\n"
        + "wrote " + out + ": 3 definitions, 1 type, 3 errors\n", r.out());
    assertEquals("note: left out 1 of mtcute's own definitions (mtcute.*)\n"
        + "note: left out the error lists of 1 functions that api-schema.json does not have: geo.gone\n"
        + "note: references naming no definition, kept as code: RawNowhere\n", r.err());
    ApiDocs docs = DocsFile.read(out);
    assertEquals(7, docs.layer());
    assertEquals("A point, see {@tl line} and {@tl geo.getPoint}", docs.definition("point").description());
    assertEquals(Map.of("x", "Across"), docs.definition("point").params());
    assertEquals(new DefinitionDocs("Gets a <b>point</b>, not <code>RawNowhere</code>", Map.of("exact", "Whether exact"),
        Callers.USERS, List.of(new FunctionError("FLOOD_WAIT_%d", null, ""), new FunctionError("POINT_INVALID", null, ""),
            new FunctionError("POINT_HIDDEN", 403, "The point is hidden here."))),
        docs.definition("geo.getPoint"));
    assertEquals("A place", docs.type("Point"));
    assertEquals(new ErrorDoc("POINT_HIDDEN", 400,
        "The <code>point</code> is <strong>hidden</strong>, see <a href=\"https://example.org/a\">here &raquo;</a>.", ""),
        docs.errors().get("POINT_HIDDEN"));
    assertEquals("seconds", docs.errors().get("FLOOD_WAIT_%d").parameter());
  }

  @Test
  void importRejectsWhatIsNotMtcutesFormat() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"x\": 1}");
    Run r = run("import-docs", "--mtcute-schema", bad.toString(), "--mtcute-errors", bad.toString(),
        "--out", tmp.resolve("o.json").toString());
    assertEquals(1, r.exitCode());
    assertEquals("error: " + bad + ": not mtcute's format: no 'e'\n", r.err());
  }

  @Test
  void generateWithADocsFileOfTheWrongShapeFailsAndWritesNothing() throws Exception {
    Path schema = Files.writeString(tmp.resolve("p.tl"), "point x:int = Point;\n");
    Path docs = Files.writeString(tmp.resolve("p.docs.json"), "{\"format\": \"tlkit-docs 1\",\n \"types\": [}\n");
    Path out = tmp.resolve("gen");
    Run r = run("generate", "--package", "p", "--out", out.toString(), "--docs", docs.toString(), schema.toString());
    assertEquals(1, r.exitCode());
    assertEquals(docs + ":2:11: error: types: Cannot deserialize value of type an object from Array value\n", r.err());
    assertTrue(Files.notExists(out));
  }
}

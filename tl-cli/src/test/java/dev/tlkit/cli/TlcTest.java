package dev.tlkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.cli.vectors.JsonValues;
import dev.tlkit.cli.vectors.JsonText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code tlc} in-process, as a user would, with captured output. */
class TlcTest {
  /** The project's default schema, as the module's build sees it. */
  private static final String API = "../schema/api.tl";
  private static final String MTPROTO = "../schema/mtproto.tl";

  /** The phone.requestCall of golden/seed-example.jsonl. */
  private static final String SEED_HEX = "ed96ff4201000000c65811f215cd5b07000000004fed0b81a0254bf2"
      + "2b0000001361726269747261727920646174612068657265c88f87fc030000002b0000002b00000015c4b51c"
      + "0100000010736f6d6520737472696e672068657265000000";

  @TempDir
  Path tmp;

  record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    return runWithInput(new byte[0], args);
  }

  private static Run runWithInput(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin);
    CommandLine cli = Tlc.commandLine(in);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String resource(String name) {
    try {
      return Path.of(TlcTest.class.getResource("/golden/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void verifyVectorsOnTheSeedExample() {
    Run r = run("verify-vectors", resource("seed-example.jsonl"));
    assertEquals("2 passed, 0 failed\n", r.out(), r.err());
    assertEquals(0, r.exitCode());
  }

  @Test
  void verifyVectorsOnAllGoldenVectors() {
    Run r = run("verify-vectors", resource("vectors.jsonl"));
    assertEquals("2498 passed, 0 failed", lastLine(r.out()), r.out());
    assertEquals(0, r.exitCode());
  }

  @Test
  void verifyVectorsReportsWhatDiffers() throws IOException {
    String seed = Files.readString(Path.of(resource("seed-example.jsonl")));
    String line = seed.lines().filter(l -> l.startsWith("{\"name\":\"phoneCallProtocol\""))
        .findFirst()
        .orElseThrow();
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, String.join("\n",
        line.replace("\"max_layer\":43", "\"max_layer\":44"),
        line.replace("fc878fc8", "fc878fc9"),
        "{not json"));
    Run r = run("verify-vectors", bad.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.out().contains(
        "phoneCallProtocol: decoded value differs at value.max_layer: expected 44, found 43"),
        r.out());
    assertTrue(r.out().contains("phoneCallProtocol: bytes built from value and hex first differ "
        + "at byte 12 of 44: hex …2b00000015c4b51c01000000…, bytes built from value …2c00000015c4"),
        r.out());
    assertTrue(r.out().contains("phoneCallProtocol: the generated API has no definition with id "
        + "fc878fc9"), r.out());
    assertTrue(r.out().contains("bad.jsonl:3: not a golden vector: "), r.out());
    assertEquals("0 passed, 3 failed", lastLine(r.out()));
  }

  @Test
  void checkPrintsOneLinePerFile() {
    Run r = run("check", API, MTPROTO);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("""
        ../schema/api.tl: layer 228, 1642 constructors, 806 functions, 608 types
        ../schema/mtproto.tl: no layer, 54 constructors, 10 functions, 33 types
        """, r.out());
    // The one warning: mtproto.tl's transport envelope `message` is kept apart from api.tl's.
    assertTrue(r.err().matches("(?s)\\.\\./schema/mtproto\\.tl:\\d+:1: warning: constructor "
        + "'message' is already defined differently at \\.\\./schema/api\\.tl:\\d+:1; .*"), r.err());
  }

  @Test
  void idPolicies() throws IOException {
    Path schema = tmp.resolve("ids.tl");
    Files.writeString(schema, "point#12345678 x:int y:int = Point;\n"); // the CRC32 is not 12345678
    Run strict = run("check", schema.toString());
    assertEquals(1, strict.exitCode());
    assertTrue(strict.err().startsWith(schema + ":1:1: error: constructor 'point' has id #12345678"),
        strict.err());
    Run warn = run("check", "--id-policy", "warn", schema.toString());
    assertEquals(0, warn.exitCode(), warn.err());
    assertTrue(warn.err().startsWith(schema + ":1:1: warning: "), warn.err());
    Run trust = run("check", "--id-policy", "TRUST", schema.toString());
    assertEquals(0, trust.exitCode(), trust.err());
    assertEquals("", trust.err());
    Run allowed = run("check", "--allow-id-mismatch", "line,point", schema.toString());
    assertEquals(0, allowed.exitCode(), allowed.err());
    assertEquals(schema + ": no layer, 1 constructor, 0 functions, 1 type\n", allowed.out());
    Run lenient = run("check", "--id-policy", "lenient", schema.toString());
    assertEquals(2, lenient.exitCode());
    assertTrue(lenient.err().startsWith("Invalid value for option '--id-policy': expected one of "
        + "[STRICT, WARN, TRUST] (case-insensitive) but was 'lenient'\nUsage: tlc check "), lenient.err());
  }

  @Test
  void checkReportsErrorsWithTheirLocation() throws IOException {
    Path bad = tmp.resolve("bad.tl");
    Files.writeString(bad, "ok x:int = Ok;\nbroken x:Nope = Broken;\n");
    Run r = run("check", bad.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains(bad + ":2:10: error: "), r.err());
    assertTrue(r.err().contains("^"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void checkOfAMissingFile() {
    Run r = run("check", tmp.resolve("nope.tl").toString());
    assertEquals(1, r.exitCode());
    assertEquals("error: cannot read " + tmp.resolve("nope.tl") + ": no such file\n", r.err());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, run("check").exitCode());
    assertEquals(2, run("check", "--id-policy", "lenient", API).exitCode());
    assertEquals(2, run("frobnicate").exitCode());
    assertEquals(2, run().exitCode());
    assertEquals(2, run("generate", "--out", "x", API).exitCode());
    Run both = run("decode", "--file", "f", "00");
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("either HEX or --file"), both.err());
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.exitCode());
    for (String command : new String[] {"check", "generate", "decode", "verify-vectors"}) {
      assertTrue(help.out().contains(command), help.out());
    }
    Run version = run("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().matches("tlc \\S+ \\(Telegram API layer 228\\)\n"), version.out());
    assertEquals(version, run("decode", "--version"));
    Run decodeHelp = run("decode", "--help");
    assertEquals(0, decodeHelp.exitCode());
    assertTrue(decodeHelp.out().startsWith("Usage: tlc decode "), decodeHelp.out());
  }

  /**
   * The list of commands in {@code tlc --help} shows the first line of each description only: it
   * must be a whole sentence. (doc's used to stop at "documents about a".)
   */
  @Test
  void everyCommandIsSummedUpInAWholeSentence() {
    CommandLine tlc = Tlc.commandLine(new ByteArrayInputStream(new byte[0]));
    for (Map.Entry<String, CommandLine> command : tlc.getSubcommands().entrySet()) {
      String[] description = command.getValue().getCommandSpec().usageMessage().description();
      assertTrue(description.length > 0, command.getKey());
      assertTrue(description[0].endsWith("."), command.getKey() + ": " + description[0]);
    }
    String help = run("--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains(" doc Prints the documentation of a constructor, function or type of the "
        + "bundled Telegram API or of the schema given with --schema. "), help);
    String doc = run("help", "doc").out().replaceAll("\\s+", " ");
    assertTrue(doc.contains(" Prints the documentation of a constructor, function or type of the "
        + "bundled Telegram API or of the schema given with --schema. That is its description, "
        + "parameters (TL and Java types), result, possible errors, whether bots may call it, the "
        + "Java class and the TL line. "), doc);
  }

  @Test
  void decodePrintsATree() {
    Run r = run("decode", SEED_HEX);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("phone.requestCall\n  video: true\n  user_id: inputUser\n"),
        r.out());
  }

  /**
   * A dump of many objects, one hex line each: one answer line each, in order, an error being a
   * line too; blank lines are skipped; the exit code says that a line failed.
   */
  @Test
  void decodeLinesAnswersEachLineOfADump() {
    String dump = SEED_HEX + "\n" + "c97ea07d\n" + "\n" + "abc\n" + "  \n" + "c0ffee\n";
    Run r = runWithInput(dump.getBytes(StandardCharsets.US_ASCII), "decode", "--lines");

    assertEquals(1, r.exitCode(), r.err());
    assertEquals(List.of(
        "phone.requestCall (96 bytes)",
        "inputPeerSelf (4 bytes)",
        "error: bad hex at offset 2: odd number of hex digits, the last one has no pair",
        "error: cannot decode 3 bytes: at offset 0: truncated: need 4 bytes for int at offset 0, 3 remain"),
        r.out().lines().toList());

    Run asJson = runWithInput((SEED_HEX + "\n").getBytes(StandardCharsets.US_ASCII),
        "decode", "--lines", "--json");
    assertEquals(0, asJson.exitCode(), asJson.err());
    assertEquals(run("decode", "--json", SEED_HEX).out(), asJson.out());

    assertEquals(2, run("decode", "--lines", SEED_HEX).exitCode(), "HEX and --lines");
  }

  /** A user and a message written by layer 198 (tlc encode --schema schema/history/198/api.tl). */
  private static final String USER_198 = "7ec3464b0b00000020000000c1cf6a0000000000562961f5a1654db703416e6e03616e6e0c000000";
  private static final String MESSAGE_198 = "e9bbfd9602000000000000000500000022175159c1cf6a000000000000f1536502686900";

  @Test
  void decodeCompatReadsWhatEarlierLayersWrote() {
    Run strict = run("decode", USER_198);
    assertEquals(1, strict.exitCode());
    assertEquals("error: cannot decode 40 bytes: at offset 0: expected any object, found user_layer198#4b46c37e\n",
        strict.err());

    Run user = run("decode", "--compat", "--json", USER_198);
    assertEquals(0, user.exitCode(), user.err());
    assertTrue(user.out().startsWith("{\"_\":\"user_layer198\","), user.out());
    assertTrue(user.out().endsWith("\"first_name\":\"Ann\",\"username\":\"ann\",\"stories_max_id\":12}\n"), user.out());

    Run message = run("decode", "--compat", "--json", MESSAGE_198);
    assertEquals(0, message.exitCode(), message.err());
    assertTrue(message.out().startsWith("{\"_\":\"message\",\"out\":true,"), message.out());

    // Any schema with its earlier layers, read by the schemas alone: the same answers.
    Run bySchema = run("decode", "--schema", "../schema/api.tl,../schema/mtproto.tl",
        "--compat-schema", "../schema/history/198/api.tl", "--id-policy", "trust", "--json", MESSAGE_198);
    assertEquals(0, bySchema.exitCode(), bySchema.err());
    assertEquals(message.out(), bySchema.out());
    assertEquals(user.out(), run("decode", "--schema", "../schema/api.tl,../schema/mtproto.tl",
        "--compat-schema", "../schema/history/198/api.tl", "--id-policy", "trust", "--json", USER_198).out());

    Run lines = runWithInput((USER_198 + "\n" + MESSAGE_198 + "\n00\n").getBytes(StandardCharsets.US_ASCII),
        "decode", "--compat", "--lines");
    assertEquals(1, lines.exitCode());
    assertTrue(lines.out().startsWith("user_layer198 (40 bytes)\nmessage (36 bytes)\nerror: "), lines.out());

    assertEquals(2, run("decode", "--compat-schema", "../schema/history/198/api.tl", USER_198).exitCode(),
        "--compat-schema without --schema");
  }

  /** TON's lite_api.tl pins three ids: decode reads them as written and warns, by default. */
  @Test
  void decodeWithAnySchema() {
    String ton = "../tl-parser/src/test/resources/schemas/ton-lite_api.tl";
    String info = "81288385" + "ffffffff" + "0000000000000080" + "d2760f02" + "11".repeat(64)
        + "ab".repeat(32) + "ffffffff" + "33".repeat(64); // liteServer.masterchainInfo
    Run r = run("decode", "--schema", ton, "--json", info);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("{\"_\":\"liteServer.masterchainInfo\",\"last\":{\"_\":"
        + "\"tonNode.blockIdExt\",\"workchain\":-1,\"shard\":\"-9223372036854775808\","), r.out());
    assertTrue(r.err().contains("warning: constructor 'liteServer.transactionId' has id"), r.err());

    Run quiet = run("decode", "--schema", ton, "--id-policy", "trust", info);
    assertEquals("", quiet.err());
    assertTrue(quiet.out().startsWith("liteServer.masterchainInfo\n  last: tonNode.blockIdExt\n"));

    Run strict = run("decode", "--schema", ton, "--id-policy", "strict", info);
    assertEquals(1, strict.exitCode());
    assertTrue(strict.err().endsWith("3 errors\n"), strict.err());

    Run cut = run("decode", "--schema", ton, "--id-policy", "trust", info.substring(0, 100));
    assertEquals(1, cut.exitCode());
    assertEquals("error: cannot decode 50 bytes: at offset 20 in last.root_hash: truncated: need 32 "
        + "bytes for raw bytes at offset 20, 30 remain\n", cut.err());
  }

  @Test
  void decodeWithTheTelegramSchemaGivesWhatTheBundledApiGives() {
    Run bundled = run("decode", "--json", SEED_HEX);
    Run bySchema = run("decode", "--schema", API + "," + MTPROTO, "--json", SEED_HEX);
    assertEquals(0, bySchema.exitCode(), bySchema.err());
    assertEquals(bundled.out(), bySchema.out());
  }

  @Test
  void decodeAsJsonGivesTheGoldenValue() throws IOException {
    Run r = run("decode", "--json", SEED_HEX);
    assertEquals(0, r.exitCode(), r.err());
    String seed = Files.readString(Path.of(resource("seed-example.jsonl")));
    @SuppressWarnings("unchecked")
    Object value = ((Map<String, Object>) JsonText.parse(seed.lines().findFirst().orElseThrow()))
        .get("value");
    assertEquals(Optional.empty(), JsonValues.difference(value, JsonText.parse(r.out()), "value"));
  }

  /** Every golden vector's JSON, one per line: encode --lines answers each with its bytes. */
  @Test
  void encodeGivesEveryGoldenVectorsBytesFromItsJson() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder values = new StringBuilder();
    List<String> hexes = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(resource("vectors.jsonl")))) {
      com.fasterxml.jackson.databind.JsonNode v = mapper.readTree(line);
      values.append(v.get("value")).append('\n');
      hexes.add(v.get("hex").textValue());
    }
    Run r = runWithInput(values.toString().getBytes(StandardCharsets.UTF_8), "encode", "--lines");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2498, hexes.size());
    assertEquals(hexes, r.out().lines().toList());
  }

  @Test
  void decodeJsonThenEncodeGivesBackTheBytesInEitherDialect() {
    for (String dialect : new String[] {"tlkit", "tdlib"}) {
      Run decoded = run("decode", "--json", "--json-dialect", dialect, SEED_HEX);
      assertEquals(0, decoded.exitCode(), decoded.err());
      Run encoded = runWithInput(decoded.out().getBytes(StandardCharsets.UTF_8), "encode",
          "--json-dialect", dialect);
      assertEquals(SEED_HEX + "\n", encoded.out(), encoded.err());
    }
    assertTrue(run("decode", "--json", "--json-dialect", "tdlib", SEED_HEX).out()
        .startsWith("{\"@type\":\"phone.requestCall\","));
  }

  /** --schema: a TON object by the schema alone, the bytes decode --schema reads. */
  @Test
  void encodeWithAnySchema() {
    String ton = "../tl-parser/src/test/resources/schemas/ton-lite_api.tl";
    String info = "81288385" + "ffffffff" + "0000000000000080" + "d2760f02" + "11".repeat(64)
        + "ab".repeat(32) + "ffffffff" + "33".repeat(64); // liteServer.masterchainInfo
    String json = run("decode", "--schema", ton, "--id-policy", "trust", "--json", info).out();

    Run r = run("encode", "--schema", ton, "--id-policy", "trust", json);

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(info + "\n", r.out());
  }

  @Test
  void encodeReadsAFileOrStandardInputAndWritesRawBytes() throws IOException {
    Path f = Files.writeString(tmp.resolve("peer.json"), "{\"_\": \"inputPeerSelf\"}\n");
    assertEquals("c97ea07d\n", run("encode", "--file", f.toString()).out());
    java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
    CommandLine cli = Tlc.commandLine(new ByteArrayInputStream(Files.readAllBytes(f)), raw);
    assertEquals(0, cli.execute("encode", "--raw"));
    assertEquals("c97ea07d", java.util.HexFormat.of().formatHex(raw.toByteArray()));
  }

  @Test
  void encodeErrorsNameThePathAndTheLine() {
    Run bad = run("encode", "{\"_\":\"inputPeerUser\",\"user_id\":5,\"access_hash\":\"1\"}");
    assertEquals(1, bad.exitCode());
    assertEquals("error: cannot encode: user_id: expected a long as a decimal string, found the "
        + "number 5 (line 1, column 32)\n", bad.err());

    Run lines = runWithInput("{\"_\":\"inputPeerSelf\"}\n{\"_\":\"nope\"}\n".getBytes(
        StandardCharsets.UTF_8), "encode", "--lines");
    assertEquals(1, lines.exitCode());
    assertEquals(List.of("c97ea07d", "error: unknown constructor nope (line 1, column 6)"),
        lines.out().lines().toList());
  }

  @Test
  void decodeReadsFilesOfHexOrRawBytesAndStandardInput() throws IOException {
    Path hexFile = tmp.resolve("call.hex");
    Files.writeString(hexFile, SEED_HEX.substring(0, 40) + "\n" + SEED_HEX.substring(40) + "\n");
    Path rawFile = tmp.resolve("call.bin");
    Files.write(rawFile, Hex.parse(SEED_HEX));
    String expected = run("decode", SEED_HEX).out();
    assertEquals(expected, run("decode", "--file", hexFile.toString()).out());
    assertEquals(expected, run("decode", "--file", rawFile.toString()).out());
    assertEquals(expected,
        runWithInput(SEED_HEX.getBytes(StandardCharsets.US_ASCII), "decode").out());
    assertEquals(expected, runWithInput(Hex.parse(SEED_HEX), "decode").out());
  }

  @Test
  void decodeErrorsAreOneLineWithTheOffset() {
    Run badHex = run("decode", "0c60c4a6zz");
    assertEquals(1, badHex.exitCode());
    assertEquals("error: bad hex at offset 8: 'z' is not a hex digit\n", badHex.err());

    Run truncated = run("decode", SEED_HEX.substring(0, 60));
    assertEquals(1, truncated.exitCode());
    assertTrue(truncated.err().matches("error: cannot decode 30 bytes: at offset \\d+.*\n"),
        truncated.err());

    Run unknown = run("decode", "01020304");
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().matches("error: cannot decode 4 bytes: at offset 0.*\n"),
        unknown.err());
    assertEquals(1, runWithInput(new byte[0], "decode").exitCode());
  }

  private static final String SHAPES = """
      point x:int y:int = Point;
      line from:Point to:Point = Shape;
      circle center:Point radius:double = Shape;
      ---functions---
      getShape id:int = Shape;
      """;

  private Run generate(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("generate", "--package", "dev.example.shapes", "--out", out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** Every generated file under {@code dir}, relative, with its modification time and a hash of its bytes. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p) + " " + sha256(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void generateWritesOnlyChangedFilesAndIsThenUpToDate() throws IOException {
    Path schema = schemaFile("sample.tl", SHAPES);
    Path out = tmp.resolve("out");
    Run first = run("generate", "--package", "dev.example.shapes", "--out", out.toString(),
        schema.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(Files.isRegularFile(out.resolve("dev/example/shapes/Point.java")));
    assertTrue(Files.isRegularFile(out.resolve("dev/example/shapes/Tl.java")));
    assertTrue(first.out().matches(
        "wrote (\\d+) of \\1 files under \\Q" + out + "\\E \\(0 unchanged, 0 deleted\\): 3 constructors, "
            + "1 function, 2 types, in \\d+\\.\\d\\d s\n"), first.out());
    Map<String, String> before = snapshot(out);

    Run second = generate(out, schema.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().matches(
        "up to date: \\d+ files under \\Q" + out + "\\E, nothing to write, in \\d+\\.\\d\\d s\n"),
        second.out());
    assertEquals(before, snapshot(out));

    // A comment at the end: not up to date, but no file differs, so none is written (only the
    // state, with the new digest).
    before.remove(GenerateCommand.STATE_DIRECTORY + "/dev.example.shapes.state");
    Files.writeString(schema, SHAPES + "// the end\n");
    Run third = generate(out, schema.toString());
    assertTrue(third.out().matches("wrote 0 of (\\d+) files under \\Q" + out + "\\E \\(\\1 unchanged, 0 deleted\\): .*\n"),
        third.out());
    Map<String, String> after = snapshot(out);
    after.remove(GenerateCommand.STATE_DIRECTORY + "/dev.example.shapes.state");
    assertEquals(before, after);
  }

  @Test
  void generateDeletesTheFilesOfRemovedDefinitionsAndNoOther() throws IOException {
    Path schema = schemaFile("sample.tl", SHAPES);
    Path out = tmp.resolve("out");
    Path mine = Files.createDirectories(out.resolve("dev/example/shapes")).resolve("Mine.java");
    Files.writeString(mine, "class Mine {}");
    assertEquals(0, generate(out, schema.toString()).exitCode());
    Files.writeString(schema, SHAPES.replace("circle center:Point radius:double = Shape;\n", ""));

    Run r = generate(out, schema.toString());

    assertEquals(0, r.exitCode(), r.err());
    // Shape has one constructor left: Line stands for it, and TypeShape goes with Circle.
    assertTrue(r.out().contains(" unchanged, 2 deleted): 2 constructors, "), r.out());
    assertFalse(Files.exists(out.resolve("dev/example/shapes/Circle.java")));
    assertFalse(Files.exists(out.resolve("dev/example/shapes/TypeShape.java")));
    assertEquals("class Mine {}", Files.readString(mine));
  }

  @Test
  void aFailedGenerateLeavesThePreviousOutputAsItWas() throws IOException {
    Path schema = schemaFile("sample.tl", SHAPES);
    Path docs = schemaFile("sample.docs.json", "{\"format\": \"tlkit-docs 1\"}");
    Path out = tmp.resolve("out");
    assertEquals(0, generate(out, "--docs", docs.toString(), schema.toString()).exitCode());
    Map<String, String> before = snapshot(out);

    Files.writeString(docs, "{\"format\": \"tlkit-docs 1\",");
    Run badDocs = generate(out, "--docs", docs.toString(), schema.toString());
    assertEquals(1, badDocs.exitCode());
    assertTrue(badDocs.err().startsWith(docs + ":1:"), badDocs.err());
    assertEquals(before, snapshot(out), "a malformed docs file changes nothing");

    Files.writeString(schema, SHAPES.replace("point x:int y:int", "point x:int y:"));
    Run badSchema = generate(out, schema.toString());
    assertEquals(1, badSchema.exitCode());
    assertTrue(badSchema.err().startsWith(schema + ":1:"), badSchema.err());
    assertTrue(badSchema.err().endsWith("\n1 error\n"), badSchema.err());
    assertEquals(before, snapshot(out), "a schema error changes nothing");

    Run missing = generate(out, tmp.resolve("nope.tl").toString());
    assertEquals("error: cannot read " + tmp.resolve("nope.tl") + ": no such file\n", missing.err());
    assertEquals(1, missing.exitCode());
    assertEquals(before, snapshot(out), "an unreadable file changes nothing");
  }

  @Test
  void generateRejectsABadPackage() {
    Run r = run("generate", "--package", "not a package", "--out", "x", API);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("not a Java package name"), r.err());
  }

  private static String lastLine(String text) {
    String[] lines = text.split("\n");
    return lines[lines.length - 1];
  }

  private Path schemaFile(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void diffReportsWhatChangedAndWhatItMeans() throws IOException {
    Path old = schemaFile("old.tl", "point x:int y:int = Point;\ngone = Gone;\n// LAYER 1\n");
    Path now = schemaFile("new.tl", "point x:int y:int z:int = Point;\nfresh = Fresh;\n// LAYER 2\n");
    Run text = run("diff", old.toString(), now.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().startsWith("layer 1 -> 2: 1 added, 1 removed, 1 changed"), text.out());
    assertTrue(text.out().contains("+ z:int"), text.out());

    Run markdown = run("diff", "--format", "markdown", old.toString(), now.toString());
    assertTrue(markdown.out().startsWith("## Layer 1 -> 2"), markdown.out());

    Run json = run("diff", "--format", "json", old.toString(), now.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> report = (Map<String, Object>) JsonText.parse(json.out());
    assertEquals("tlkit-schema-diff", report.get("format"));
  }

  @Test
  void diffFailsOnBreakingChangesWhenAsked() throws IOException {
    Path old = schemaFile("old.tl", "point x:int = Point;\n");
    Path now = schemaFile("new.tl", "point x:int y:int = Point;\n");
    assertEquals(0, run("diff", old.toString(), now.toString()).exitCode());
    Run failing = run("diff", "--fail-on", "breaking", old.toString(), now.toString());
    assertEquals(1, failing.exitCode());
    assertTrue(failing.err().contains("breaking"), failing.err());
    assertEquals(1, run("diff", "--fail-on", "BREAKING", old.toString(), now.toString()).exitCode(),
        "in any case");
    Run bad = run("diff", "--fail-on", "sometimes", old.toString(), now.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().startsWith("Invalid value for option '--fail-on': expected one of "
        + "[never, breaking, wire] (case-insensitive) but was 'sometimes'\nUsage: tlc diff "), bad.err());
  }

  @Test
  void diffWithoutTwoSchemasIsAUsageError() {
    Run none = run("diff");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().startsWith("Missing required parameters: 'OLD', 'NEW'\nUsage: tlc diff "), none.err());
    assertEquals("", none.out());
    Run one = run("diff", API);
    assertEquals(2, one.exitCode());
    assertTrue(one.err().startsWith("Missing required parameter: 'NEW'\nUsage: tlc diff "), one.err());
    assertEquals("", one.out());
  }

  @Test
  void diffTakesSeveralFilesPerSide() {
    Run run = run("diff", API + "," + MTPROTO, API + "," + MTPROTO);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("layer 228 -> 228: no changes", run.out().strip());
  }
}

package dev.tlkit.cli.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.cli.vectors.BundledSchema;
import dev.tlkit.cli.vectors.GoldenVector;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlTree;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaHistory;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import dev.tlkit.telegram.Tl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decoder that reads with a schema alone gives what the generated decoders give, for every
 * golden vector, and fails on bad bytes exactly as they do.
 */
class SchemaDecoderTest {
  private static final SchemaDecoder TELEGRAM = new SchemaDecoder(BundledSchema.get());

  @Test
  void everyGoldenVectorReadsAsTheGeneratedDecoderReadsIt() {
    List<GoldenVector> vectors = golden();
    List<String> different = new ArrayList<>();
    for (GoldenVector v : vectors) {
      String generated = TlJson.toJson(Tl.decode(v.bytes()));
      String bySchema = TlJson.toJson(TELEGRAM.decode(v.bytes()));
      if (!generated.equals(bySchema)) {
        different.add(v.name() + ": " + bySchema);
      }
    }
    assertEquals(2498, vectors.size());
    assertEquals(List.of(), different.subList(0, Math.min(5, different.size())));
  }

  @Test
  void bytesCutAnywhereFailAsTheGeneratedDecoderFails() {
    for (GoldenVector v : golden().subList(0, 300)) {
      byte[] wire = v.bytes();
      for (int cut = 0; cut < wire.length; cut += 3) {
        byte[] part = Arrays.copyOf(wire, cut);
        TlDecodeException generated = assertThrows(TlDecodeException.class, () -> Tl.decode(part));
        TlDecodeException bySchema =
            assertThrows(TlDecodeException.class, () -> TELEGRAM.decode(part), v.name());
        assertEquals(generated.getMessage(), bySchema.getMessage(), v.name() + " cut at " + cut);
      }
    }
  }

  @Test
  void anUnknownIdAndAnIdOfTheWrongTypeAreNamed() {
    TlDecodeException unknown =
        assertThrows(TlDecodeException.class, () -> TELEGRAM.decode(TlBytes.ofHex("01020304").toByteArray()));
    assertEquals("expected any object, found unknown constructor id 04030201", unknown.reason());
    // inputPeerUserFromMessage#a87b0a1c whose peer is inputUserEmpty#b98886cf, not an InputPeer.
    byte[] wrongType = TlBytes.ofHex("1c0a7ba8" + "cf8688b9" + "00000000" + "0000000000000000")
        .toByteArray();
    TlDecodeException e = assertThrows(TlDecodeException.class, () -> TELEGRAM.decode(wrongType));
    assertEquals("expected InputPeer, found inputUserEmpty#b98886cf", e.reason());
    assertEquals("peer", e.path());
  }

  /** An upgraded old object keeps what today's fields are: an int53 stays a JSON number. */
  @Test
  void anUpgradedObjectsInt53IsANumberAsTodaysIs() {
    SchemaOptions trust = SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.TRUST);
    Schema today = new SchemaLoader(trust)
        .add("today.tl", "// LAYER 2\nchat#00000002 flags:# id:int53 pinned:flags.0?true = Chat;\n").load();
    Schema earlier = new SchemaLoader(trust).add("earlier.tl", "// LAYER 1\nchat#00000001 id:int53 = Chat;\n").load();
    SchemaDecoder decoder = new SchemaDecoder(SchemaHistory.of(today, List.of(earlier)));

    assertEquals("{\"_\":\"chat\",\"id\":5,\"pinned\":false}",
        TlJson.toJson(decoder.decode(TlBytes.ofHex("010000000500000000000000").toByteArray())));
    assertEquals("{\"_\":\"chat\",\"id\":5,\"pinned\":false}",
        TlJson.toJson(decoder.decode(TlBytes.ofHex("02000000000000000500000000000000").toByteArray())),
        "the same as today's bytes");
  }

  @Test
  void tonLiteServerMasterchainInfo() throws IOException {
    Schema ton = new SchemaLoader(SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.TRUST))
        .add(Path.of("../tl-parser/src/test/resources/schemas/ton-lite_api.tl"))
        .load();
    String hex = ""
        + "81288385" // liteServer.masterchainInfo#85832881
        + "ffffffff" // last: tonNode.blockIdExt (bare), workchain: -1
        + "0000000000000080" //   shard: -9223372036854775808
        + "d2760f02" //   seqno: 34567890
        + "11".repeat(32) //   root_hash: int256, 8*[ int ] raw
        + "22".repeat(32) //   file_hash
        + "ab".repeat(32) // state_root_hash
        + "ffffffff" // init: tonNode.zeroStateIdExt (bare), workchain: -1
        + "33".repeat(32) //   root_hash
        + "44".repeat(32); //   file_hash

    var info = new SchemaDecoder(ton).decode(TlBytes.ofHex(hex).toByteArray());

    assertEquals("{\"_\":\"liteServer.masterchainInfo\",\"last\":{\"_\":\"tonNode.blockIdExt\","
        + "\"workchain\":-1,\"shard\":\"-9223372036854775808\",\"seqno\":34567890,\"root_hash\":\""
        + "11".repeat(32) + "\",\"file_hash\":\"" + "22".repeat(32) + "\"},\"state_root_hash\":\""
        + "ab".repeat(32) + "\",\"init\":{\"_\":\"tonNode.zeroStateIdExt\",\"workchain\":-1,"
        + "\"root_hash\":\"" + "33".repeat(32) + "\",\"file_hash\":\"" + "44".repeat(32) + "\"}}",
        TlJson.toJson(info));
    assertTrue(TlTree.print(info).startsWith("liteServer.masterchainInfo\n  last: tonNode.blockIdExt\n"));
    assertTrue(Files.exists(Path.of("../tl-parser/src/test/resources/schemas/ton-lite_api.tl")));
  }

  @Test
  void aMessageBodyIsReadWithinItsBytesAndGzipIsInflated() {
    // msg_container#73f1f8dc with one message whose body is a gzip_packed inputPeerEmpty.
    byte[] gz = gzip(TlBytes.ofHex("ea183b7f").toByteArray());
    String packed = "a1cf7230" + bytesField(gz);
    int bodyLength = packed.length() / 2;
    String hex = "dcf8f173" + "01000000"
        + "0100000000000000" + "02000000" + le(bodyLength) + packed;

    String json = TlJson.toJson(TELEGRAM.decode(TlBytes.ofHex(hex).toByteArray()));

    assertEquals("{\"_\":\"msg_container\",\"messages\":[{\"_\":\"message\",\"msg_id\":\"1\","
        + "\"seqno\":2,\"body\":{\"_\":\"inputPeerEmpty\"}}]}", json);
    String shorter = "dcf8f173" + "01000000" + "0100000000000000" + "02000000"
        + le(bodyLength - 4) + packed;
    TlDecodeException e = assertThrows(TlDecodeException.class,
        () -> TELEGRAM.decode(TlBytes.ofHex(shorter).toByteArray()));
    assertEquals("messages[0].body", e.path());
  }

  private static String le(int n) {
    return String.format("%02x%02x%02x%02x", n & 0xff, n >> 8 & 0xff, n >> 16 & 0xff, n >>> 24);
  }

  private static String bytesField(byte[] b) {
    StringBuilder hex = new StringBuilder(String.format("%02x", b.length)).append(TlBytes.of(b).hex());
    while (hex.length() % 8 != 0) {
      hex.append("00");
    }
    return hex.toString();
  }

  private static byte[] gzip(byte[] data) {
    try {
      var out = new java.io.ByteArrayOutputStream();
      try (var gz = new java.util.zip.GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<GoldenVector> golden() {
    List<GoldenVector> vectors = new ArrayList<>();
    try (InputStream in = SchemaDecoderTest.class.getResourceAsStream("/golden/vectors.jsonl");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        vectors.add(GoldenVector.parse(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return vectors;
  }
}

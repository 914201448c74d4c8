package dev.tlkit.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The schema files under test resources, the options each needs, and model fingerprints. */
public final class TestSchemas {
  private TestSchemas() {}

  static final List<String> FILES = List.of(
      "api.tl", "mtproto.tl", "telegram-api-layer198.tl", "mtcute-api-layer223.tl",
      "gramjs-api-layer181.tl", "tdlib-e2e_api.tl",
      "tdlib-mtproto_api.tl", "tdlib-secret_api.tl", "tdlib-td_api.tl", "tdlib-telegram_api.tl",
      "ton-lite_api.tl", "ton-ton_api.tl", "ton-tonlib_api.tl");

  /**
   * Explicit ids that differ from the computed ones and that are not Telegram's {@link KnownIds},
   * per file (found by loading each file under {@link IdPolicy#WARN}). tdlib-secret_api.tl has 15
   * and is loaded with {@link IdPolicy#TRUST}.
   */
  static final Map<String, Set<String>> MISMATCHES = Map.of(
      "tdlib-mtproto_api.tl", Set.of("gzip_packed"),
      "tdlib-telegram_api.tl", Set.of(
          "invokeWithBusinessConnectionPrefix", "invokeWithGooglePlayIntegrityPrefix",
          "invokeWithApnsSecretPrefix", "invokeWithReCaptchaPrefix"),
      "ton-lite_api.tl", Set.of("liteServer.transactionId", "liteServer.signatureSet.ordinary",
          "liteServer.getValidatorStats"),
      "ton-ton_api.tl", Set.of("tonNode.capabilities", "db.block.info", "collatorNode.pong"));

  /** The options a file needs to load (see ID-POLICY.md). */
  static SchemaOptions optionsFor(String file) {
    if (file.equals("tdlib-secret_api.tl")) {
      return SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.TRUST);
    }
    return SchemaOptions.DEFAULT.withAllowedIdMismatches(MISMATCHES.getOrDefault(file, Set.of()));
  }

  static String read(String file) {
    try (InputStream in = TestSchemas.class.getResourceAsStream("/schemas/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource schemas/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A schema file of test resources, loaded with the options it needs.
   *
   * @param file the file name under {@code schemas/}
   * @return the schema
   */
  public static Schema load(String file) {
    return new SchemaLoader(optionsFor(file)).add(file, read(file)).load();
  }

  /** Telegram's official api.tl and mtproto.tl as one schema, with the default options. */
  static Schema loadApiAndMtproto() {
    return new SchemaLoader()
        .add("api.tl", read("api.tl"))
        .add("mtproto.tl", read("mtproto.tl"))
        .load();
  }

  /**
   * Everything about a combinator but where it was written: its text, ids, doc, and what each
   * type reference resolved to. Two schemas with equal fingerprints are equal up to locations.
   */
  static String fingerprint(Combinator c) {
    return c.kind() + " " + c.key() + " id=" + c.idHex() + (c.explicitId() ? "!" : "")
        + " computed=" + ConstructorIds.hex(c.computedId()) + " | " + c.toTl()
        + " | " + c.parameters().stream().map(p -> targets(p.type())).collect(Collectors.joining(" "))
        + " -> " + targets(c.resultType()) + " | " + c.doc();
  }

  static String fingerprint(TlType t) {
    return t.key() + " = " + t.constructors().stream().map(Combinator::key)
        .collect(Collectors.joining(" | ")) + " " + t.doc();
  }

  static List<String> fingerprints(Schema schema) {
    List<String> all = new ArrayList<>();
    schema.constructors().forEach(c -> all.add(fingerprint(c)));
    schema.functions().forEach(f -> all.add(fingerprint(f)));
    schema.types().forEach(t -> all.add(fingerprint(t)));
    all.add("layer " + schema.layer());
    return all;
  }

  /** What a reference resolved to: {@code Vector->VECTOR<long->BUILTIN:LONG>}. */
  static String targets(TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      TypeRef.Target t = n.target();
      String what = t.toString();
      String args = n.args().isEmpty() ? ""
          : n.args().stream().map(TestSchemas::targets).collect(Collectors.joining(",", "<", ">"));
      return n.toTl() + "->" + what + args;
    }
    return ref.toTl();
  }

  static Set<String> names(List<Diagnostic> diagnostics) {
    Set<String> names = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      String m = d.message();
      int start = m.indexOf('\'') + 1;
      names.add(m.substring(start, m.indexOf('\'', start)));
    }
    return names;
  }
}

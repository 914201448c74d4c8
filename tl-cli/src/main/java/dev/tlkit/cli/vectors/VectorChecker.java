package dev.tlkit.cli.vectors;

import dev.tlkit.cli.Hex;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlIds;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.TlJsonException;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.telegram.Tl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks the generated API against one golden vector, three ways:
 *
 * <ol>
 *   <li>decoding: {@code Tl.decode(hex)}, turned into JSON, equals {@code value};
 *   <li>encoding by an independent hand: {@link SchemaEncoder} builds bytes from {@code value} with
 *       the schema alone (no generated code); they must equal {@code hex}, and {@code Tl.decode} of
 *       them must equal the object decoded from {@code hex};
 *   <li>re-encoding: {@code toBytes()} of the decoded object equals {@code hex}.
 * </ol>
 */
public final class VectorChecker {
  /** How many bytes of each side a byte difference shows. */
  private static final int SNIPPET = 12;

  private final Schema schema;
  private final SchemaEncoder encoder;

  public VectorChecker(Schema schema) {
    this.schema = schema;
    this.encoder = new SchemaEncoder(schema, JsonReadOptions.of(JsonDialect.TLKIT));
  }

  /** What is wrong with the generated API for {@code v}: one line per failed check, none if all pass. */
  public List<String> check(GoldenVector v) {
    List<String> failures = new ArrayList<>();
    String apiName = Tl.nameOf(v.id());
    Optional<Combinator> definition = v.function() ? schema.function(v.name())
        : schema.constructor(v.name());
    if (apiName == null) {
      failures.add("the generated API has no definition with id " + TlIds.hex(v.id()));
    } else if (!apiName.equals(v.name())) {
      failures.add("id " + TlIds.hex(v.id()) + " is " + apiName + " in the generated API");
    }
    if (definition.isEmpty()) {
      failures.add("the schema has no " + (v.function() ? "function " : "constructor ") + v.name());
    } else if (definition.get().id() != v.id()) {
      failures.add("the schema gives " + v.name() + " the id " + definition.get().idHex());
    }
    if (!failures.isEmpty()) {
      return failures;
    }
    byte[] hex = v.bytes();

    // 1. Decoding.
    TlObject decoded = null;
    try {
      decoded = Tl.decode(hex);
    } catch (RuntimeException e) {
      failures.add("Tl.decode(hex) failed: " + reason(e));
    }
    if (decoded != null) {
      try {
        Object json = JsonText.parse(TlJson.toJson(decoded));
        JsonValues.difference(v.value(), json, "value")
            .ifPresent(d -> failures.add("decoded value differs at " + d));
      } catch (RuntimeException e) {
        failures.add("TlJson.toJson(decoded) failed: " + reason(e));
      }
    }

    // 2. Encoding by the schema alone, then decoding that.
    byte[] built = null;
    try {
      built = encoder.encode(JsonValues.toJson(v.value(), Integer.MAX_VALUE));
    } catch (TlJsonException e) {
      failures.add("cannot build bytes from value: " + e.getMessage());
    }
    if (built != null) {
      bytesDiffer("bytes built from value", built, hex).ifPresent(failures::add);
      if (decoded != null) {
        compareDecoded(built, decoded).ifPresent(failures::add);
      }
    }

    // 3. Re-encoding.
    if (decoded != null) {
      try {
        bytesDiffer("toBytes()", decoded.toBytes(), hex).ifPresent(failures::add);
      } catch (RuntimeException e) {
        failures.add("toBytes() failed: " + reason(e));
      }
    }
    return failures;
  }

  /** The object the generated code reads from the bytes built from value, against the decoded one. */
  private static Optional<String> compareDecoded(byte[] built, TlObject decoded) {
    TlObject fromValue;
    try {
      fromValue = Tl.decode(built);
    } catch (RuntimeException e) {
      return Optional.of("Tl.decode(bytes built from value) failed: " + reason(e));
    }
    if (fromValue.equals(decoded)) {
      return Optional.empty();
    }
    Optional<String> where = JsonValues.difference(
        JsonText.parse(TlJson.toJson(decoded)), JsonText.parse(TlJson.toJson(fromValue)), "value");
    return Optional.of("the object decoded from the bytes built from value is not equal to the "
        + "one decoded from hex" + where.map(d -> ", at " + d)
            .orElse(" although their JSON is the same (equals() is wrong)"));
  }

  /** Bad bytes are expected to fail with a TlDecodeException; anything else is a bug: name it. */
  private static String reason(RuntimeException e) {
    return e instanceof TlDecodeException ? e.getMessage() : e.toString();
  }

  /** {@code toBytes() and hex first differ at byte 12 of 44: hex …0a0b…, toBytes() …0c0d…}. */
  static Optional<String> bytesDiffer(String what, byte[] actual, byte[] expected) {
    int at = Arrays.mismatch(expected, actual);
    if (at < 0) {
      return Optional.empty();
    }
    String lengths = actual.length == expected.length
        ? " of " + actual.length
        : " (" + what + " has " + actual.length + " bytes, hex " + expected.length + ")";
    return Optional.of(what + " and hex first differ at byte " + at + lengths
        + ": hex " + Hex.snippet(expected, at, SNIPPET)
        + ", " + what + " " + Hex.snippet(actual, at, SNIPPET));
  }
}

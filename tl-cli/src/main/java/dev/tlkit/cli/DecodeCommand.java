package dev.tlkit.cli;

import dev.tlkit.cli.decode.SchemaDecoder;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlRecord;
import dev.tlkit.runtime.TlTree;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.schema.SchemaHistory;
import dev.tlkit.telegram.OlderLayers;
import dev.tlkit.telegram.Tl;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tlc decode}: one boxed object, as a tree or as JSON: of the bundled Telegram API, or with
 * {@code --schema} of any schema, read by the schema alone.
 */
@Command(
    name = "decode",
    description = {
        "Decodes one boxed TL object and prints it as an indented tree, or as JSON with --json: "
            + "an object of the bundled Telegram API, or with --schema of any schema (TON's, "
            + "TDLib's...), read with that schema alone.",
        "The bytes come from HEX, from --file, or else from standard input. A file or input that "
            + "holds only hex digits and whitespace is read as hex text; anything else is read as "
            + "the raw bytes themselves. With --lines, every line of the file or input is one "
            + "object in hex and gets a line of its own: its name and size, its JSON with --json, "
            + "or 'error: ' and why.",
        "With --compat, bytes that earlier layers wrote are read too (stored objects after a layer "
            + "update): see docs/layer-updates.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:decoded (with --lines: every line)",
        "1:bad hex, bytes that do not decode (with --lines: on some line), an unreadable file or a "
            + "schema with errors",
        "2:bad command line"
    })
final class DecodeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Tlc tlc;

  @Parameters(paramLabel = "HEX", arity = "0..1",
      description = "The object as hex, e.g. 0c60c4a6...; whitespace is ignored.")
  private String hex;

  @Option(names = "--file", paramLabel = "F",
      description = "Read the object from F: hex text, or else raw bytes.")
  private Path file;

  @Option(names = "--json",
      description = "Print the object as one line of JSON, the form of golden test vectors.")
  private boolean json;

  @Option(names = "--lines",
      description = "Read one object in hex per line (a dump of many); print one line each: "
          + "name and size, the JSON with --json, or 'error: ' and why. Blank lines are skipped.")
  private boolean lines;

  @Option(names = "--json-dialect", paramLabel = "D", defaultValue = "tlkit",
      description = "With --json: tlkit (\"_\", bytes as hex) or tdlib (\"@type\", bytes as "
          + "base64). Default: ${DEFAULT-VALUE}.")
  private JsonDialect dialect;

  @Option(names = "--schema", paramLabel = "FILE", split = ",",
      description = "Decode with these schema files (.tl, linked as one schema) instead of the "
          + "bundled Telegram API. Comma-separated, repeatable.")
  private List<Path> schemaFiles = new ArrayList<>();

  @Option(names = "--compat",
      description = "Read bytes that earlier layers wrote, too: of the bundled API with its history "
          + "(layers 181, 198 and 223), or of --schema with --compat-schema. An old constructor "
          + "comes as today's where it upgrades, else in its old shape (user_layer198).")
  private boolean compat;

  @Option(names = "--compat-schema", paramLabel = "FILE", split = ",",
      description = "With --schema: an earlier layer's schema (one file, with its // LAYER line) whose "
          + "bytes are read too. Comma-separated, repeatable; implies --compat.")
  private List<Path> compatSchemas = new ArrayList<>();

  /**
   * With --schema: how its ids are checked, as for check, but warn by default. Decoding reads the
   * ids a schema states; a mismatch is worth a warning there, not a refusal to read the bytes.
   */
  @Mixin
  private IdOptions ids = new IdOptions(IdPolicy.WARN);

  @Override
  public Integer call() {
    if (hex != null && file != null) {
      throw new ParameterException(spec.commandLine(), "Give either HEX or --file, not both");
    }
    PrintWriter err = spec.commandLine().getErr();
    Optional<SchemaDecoder> schemaDecoder = Optional.empty();
    if (!schemaFiles.isEmpty()) {
      Optional<SchemaHistory> history = SchemaInput.load(schemaFiles, ids.options(), err)
          .flatMap(schema -> history(schema, err));
      if (history.isEmpty()) {
        err.flush();
        return 1;
      }
      schemaDecoder = history.map(SchemaDecoder::new);
    } else if (!compatSchemas.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--compat-schema goes with --schema; the bundled API's history is read with --compat alone");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (lines) {
      if (hex != null) {
        throw new ParameterException(spec.commandLine(),
            "--lines reads --file or standard input, not HEX");
      }
      return decodeLines(readContent(), schemaDecoder, out);
    }
    byte[] bytes = readInput();
    if (bytes.length == 0) {
      throw new UserException("no bytes to decode");
    }
    TlRecord object = decode(bytes, schemaDecoder);
    if (json) {
      out.println(TlJson.toJson(object, dialect, false));
    } else {
      out.print(TlTree.print(object));
    }
    out.flush();
    return 0;
  }

  /** The object of {@code bytes}, by --schema or the bundled API, --compat or not; a user's error if none. */
  private TlRecord decode(byte[] bytes, Optional<SchemaDecoder> schemaDecoder) {
    try {
      return schemaDecoder.isPresent() ? schemaDecoder.get().decode(bytes)
          : compat ? OlderLayers.decode(bytes) : Tl.decode(bytes);
    } catch (TlDecodeException e) {
      throw new UserException("cannot decode " + Tlc.count(bytes.length, "byte") + ": " + e.getMessage(), e);
    }
  }

  /** The --schema with its --compat-schema files, or empty after printing why it cannot be. */
  private Optional<SchemaHistory> history(Schema today, PrintWriter err) {
    List<Schema> earlier = new ArrayList<>();
    for (Path file : compatSchemas) {
      Optional<Schema> s = SchemaInput.load(List.of(file), ids.options(), err);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      earlier.add(s.get());
    }
    if (compat && earlier.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--compat with --schema needs the earlier layers' schemas: --compat-schema FILE");
    }
    try {
      return Optional.of(SchemaHistory.of(today, earlier));
    } catch (SchemaException e) {
      e.errors().forEach(d -> err.println(d.format()));
      return Optional.empty();
    }
  }

  /**
   * Each non-blank line is one object in hex and gets one line back. Without --json the answer is
   * the object's TL name and its size, enough to see what a dump holds.
   */
  private int decodeLines(byte[] content, Optional<SchemaDecoder> schemaDecoder, PrintWriter out) {
    return InputFiles.answerEachLine(new String(content, StandardCharsets.UTF_8), line -> {
      byte[] bytes = parseHex(line);
      TlRecord object = decode(bytes, schemaDecoder);
      return json ? TlJson.toJson(object, dialect, false)
          : object.tlName() + " (" + Tlc.count(bytes.length, "byte") + ")";
    }, out);
  }

  private byte[] readInput() {
    if (hex != null) {
      return parseHex(hex);
    }
    byte[] content = readContent();
    return Hex.isHexText(content)
        ? parseHex(new String(content, StandardCharsets.US_ASCII))
        : content;
  }

  /** The content of --file or standard input, which must not be empty. */
  private byte[] readContent() {
    return InputFiles.fileOrStdin(file, tlc.stdin());
  }

  private static byte[] parseHex(String text) {
    try {
      return Hex.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}

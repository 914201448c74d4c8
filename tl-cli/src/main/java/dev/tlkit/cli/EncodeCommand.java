package dev.tlkit.cli;

import dev.tlkit.cli.vectors.SchemaEncoder;
import dev.tlkit.codegen.GenerationException;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.TlJsonException;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.telegram.Tl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tlc encode}: the reverse of {@code tlc decode --json}. JSON in, the object's boxed bytes
 * out: of the bundled Telegram API (read into its generated object, as strictly as the bytes would
 * be), or with {@code --schema} of any schema, by its shapes alone.
 */
@Command(
    name = "encode",
    description = {
        "Encodes one TL object given as JSON (the form tlc decode --json prints) and prints its "
            + "boxed bytes as hex, or writes them raw with --raw: an object of the bundled "
            + "Telegram API, or with --schema of any schema, encoded with that schema alone.",
        "The JSON comes from JSON, from --file, or else from standard input. With --lines, every "
            + "line is a JSON value and gets a line of its own: its hex, or 'error: ' and why."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:encoded (with --lines: every line)",
        "1:JSON that is not an object of the schema (with --lines: on some line), an unreadable "
            + "file or a schema with errors",
        "2:bad command line"
    })
final class EncodeCommand implements Callable<Integer> {
  private static final HexFormat HEX = HexFormat.of();

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Tlc tlc;

  @Parameters(paramLabel = "JSON", arity = "0..1",
      description = "The object as JSON, e.g. '{\"_\":\"inputPeerSelf\"}'.")
  private String json;

  @Option(names = "--file", paramLabel = "F", description = "Read the JSON from F.")
  private Path file;

  @Option(names = "--lines",
      description = "Read one JSON value per line (a dump of many objects); print one hex line "
          + "each, or 'error: ' and why. Blank lines are skipped.")
  private boolean lines;

  @Option(names = "--raw", description = "Write the bytes themselves, not hex (not with --lines).")
  private boolean raw;

  @Option(names = "--json-dialect", paramLabel = "D", defaultValue = "tlkit",
      description = "The JSON's dialect: tlkit (\"_\", bytes as hex) or tdlib (\"@type\", bytes "
          + "as base64). Default: ${DEFAULT-VALUE}.")
  private JsonDialect dialect;

  @Option(names = "--ignore-unknown-fields",
      description = "Skip fields the constructor does not have, instead of failing.")
  private boolean ignoreUnknown;

  @Option(names = "--schema", paramLabel = "FILE", split = ",",
      description = "Encode with these schema files (.tl, linked as one schema) instead of the "
          + "bundled Telegram API. Comma-separated, repeatable.")
  private List<Path> schemaFiles = new ArrayList<>();

  /** With --schema: ids checked as decode checks them, warning by default. */
  @Mixin
  private IdOptions ids = new IdOptions(IdPolicy.WARN);

  @Override
  public Integer call() throws IOException {
    if (json != null && file != null) {
      throw new ParameterException(spec.commandLine(), "Give either JSON or --file, not both");
    }
    if (raw && lines) {
      throw new ParameterException(spec.commandLine(), "--raw writes one object: not with --lines");
    }
    PrintWriter err = spec.commandLine().getErr();
    JsonReadOptions options = JsonReadOptions.of(dialect);
    if (ignoreUnknown) {
      options = options.ignoringUnknownFields();
    }
    Function<String, byte[]> encoder;
    if (schemaFiles.isEmpty()) {
      TlJsonReader reader = TlJsonReader.of(Tl.JSON).with(options);
      encoder = text -> reader.read(text).toBytes();
    } else {
      Optional<Schema> schema = SchemaInput.load(schemaFiles, ids.options(), err);
      if (schema.isEmpty()) {
        err.flush();
        return 1;
      }
      SchemaEncoder bySchema;
      try {
        bySchema = new SchemaEncoder(schema.get(), options);
      } catch (GenerationException e) {
        return Tlc.cannotBecomeJava(err, "the schema cannot be encoded by: ", e);
      }
      encoder = bySchema::encode;
    }
    String input = readInput();
    PrintWriter out = spec.commandLine().getOut();
    if (lines) {
      return encodeLines(input, encoder, out);
    }
    byte[] bytes;
    try {
      bytes = encoder.apply(input);
    } catch (TlJsonException e) {
      throw new UserException("cannot encode: " + e.getMessage(), e);
    }
    if (raw) {
      tlc.stdout().write(bytes);
      tlc.stdout().flush();
    } else {
      out.println(HEX.formatHex(bytes));
      out.flush();
    }
    return 0;
  }

  /** Each line its hex, or why not. */
  private static int encodeLines(String input, Function<String, byte[]> encoder, PrintWriter out) {
    return InputFiles.answerEachLine(input, line -> {
      try {
        return HEX.formatHex(encoder.apply(line));
      } catch (TlJsonException e) {
        throw new UserException(e.getMessage(), e);
      }
    }, out);
  }

  private String readInput() {
    if (json != null) {
      return json;
    }
    return new String(InputFiles.fileOrStdin(file, tlc.stdin()), StandardCharsets.UTF_8);
  }
}

package dev.tlkit.cli;

import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlTree;
import dev.tlkit.telegram.Tl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tlc decode}: one boxed object of the Telegram API, as a tree or as JSON. */
@Command(
    name = "decode",
    description = {
        "Decodes one boxed TL object of the Telegram API and prints it as an indented tree, or as "
            + "JSON with --json.",
        "The bytes come from HEX, from --file, or else from standard input. A file or input that "
            + "holds only hex digits and whitespace is read as hex text; anything else is read as "
            + "the raw bytes themselves."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:decoded",
        "1:bad hex, bytes that do not decode, or an unreadable file",
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

  @Override
  public Integer call() {
    if (hex != null && file != null) {
      throw new ParameterException(spec.commandLine(), "Give either HEX or --file, not both");
    }
    byte[] bytes = readInput();
    if (bytes.length == 0) {
      throw new UserException("no bytes to decode");
    }
    TlObject object;
    try {
      object = Tl.decode(bytes);
    } catch (TlDecodeException e) {
      throw new UserException(
          "cannot decode " + Tlc.count(bytes.length, "byte") + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(TlJson.toJson(object));
    } else {
      out.print(TlTree.print(object));
    }
    out.flush();
    return 0;
  }

  private byte[] readInput() {
    if (hex != null) {
      return parseHex(hex);
    }
    byte[] content;
    String from;
    if (file != null) {
      from = file.toString();
      content = InputFiles.readBytes(file);
    } else {
      from = "standard input";
      try {
        content = tlc.stdin().readAllBytes();
      } catch (IOException e) {
        throw new UserException("cannot read standard input: " + e, e);
      }
    }
    if (content.length == 0) {
      throw new UserException(from + " is empty");
    }
    return Hex.isHexText(content)
        ? parseHex(new String(content, StandardCharsets.US_ASCII))
        : content;
  }

  private static byte[] parseHex(String text) {
    try {
      return Hex.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}

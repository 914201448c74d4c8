package dev.tlkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads the files named on the command line, turning every failure into one clear line. */
final class InputFiles {
  private InputFiles() {}

  /**
   * The bytes of {@code file}.
   *
   * @throws UserException if it cannot be read
   */
  static byte[] readBytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserException("cannot read " + file + ": it is a directory");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserException("cannot read " + file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UserException("cannot read " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text of {@code file}, which must be UTF-8.
   *
   * @throws UserException if it cannot be read or is not UTF-8
   */
  static String readUtf8(Path file) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(readBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UserException("cannot read " + file + ": it is not UTF-8 text", e);
    }
  }

  /**
   * The bytes of {@code file} if one is given, else of standard input: what a command reads when
   * its value is not on the command line.
   *
   * @throws UserException if it cannot be read or is empty
   */
  static byte[] fileOrStdin(Path file, InputStream stdin) {
    byte[] content;
    String from;
    if (file != null) {
      from = file.toString();
      content = readBytes(file);
    } else {
      from = "standard input";
      try {
        content = stdin.readAllBytes();
      } catch (IOException e) {
        throw new UserException("cannot read standard input: " + e, e);
      }
    }
    if (content.length == 0) {
      throw new UserException(from + " is empty");
    }
    return content;
  }

  /**
   * Answers a dump of many values, one per line ({@code --lines}): each non-blank line gets one
   * line out, {@code answer}'s, or {@code error: } and the message of the {@link UserException} it
   * threw for that line.
   *
   * @return 0 if every line was answered, 1 if any failed, so that a script notices
   */
  static int answerEachLine(String input, Function<String, String> answer, PrintWriter out) {
    int failed = 0;
    for (String line : input.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.println(answer.apply(line));
      } catch (UserException e) {
        out.println("error: " + e.getMessage());
        failed++;
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}

package dev.tlkit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
}

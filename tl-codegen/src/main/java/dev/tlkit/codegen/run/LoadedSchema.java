package dev.tlkit.codegen.run;

import dev.tlkit.schema.Diagnostic;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaException;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Schema files loaded as one schema, with its warnings: the one way every tool of tlkit (the
 * plugin's goals, {@code tlc check}, {@code generate}, {@code diff}, {@code doc}) turns files into a
 * {@link Schema} and reports what is wrong with them.
 *
 * @param schema the linked schema
 * @param warnings each warning as printed, {@code file:line:col: warning: ...} with its line and a caret
 */
public record LoadedSchema(Schema schema, List<String> warnings) {

  public LoadedSchema {
    warnings = List.copyOf(warnings);
  }

  /**
   * Loads the files, in the order given, as one schema. Each file's path as given is its name in
   * every location, so an absolute path gives locations that open in any IDE or terminal.
   *
   * @throws GenerationFailure if a file cannot be read (the first such file), or with every error of the schema
   */
  public static LoadedSchema load(List<Path> files, SchemaOptions options) throws GenerationFailure {
    SchemaLoader loader = new SchemaLoader(options);
    for (Path file : files) {
      loader.add(file.toString(), readUtf8(file));
    }
    try {
      Schema schema = loader.load();
      return new LoadedSchema(schema, schema.warnings().stream().map(Diagnostic::format).toList());
    } catch (SchemaException e) {
      throw GenerationFailure.schemaErrors(e.errors());
    }
  }

  /** The text of a schema file, which must be UTF-8: a schema is Unicode text whatever the platform. */
  private static String readUtf8(Path file) throws GenerationFailure {
    if (Files.isDirectory(file)) {
      throw GenerationFailure.unreadable("cannot read " + file + ": it is a directory");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw GenerationFailure.unreadable("cannot read " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw GenerationFailure.unreadable("cannot read " + file + ": permission denied");
    } catch (IOException e) {
      throw GenerationFailure.unreadable("cannot read " + file + ": " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw GenerationFailure.unreadable("cannot read " + file + ": it is not UTF-8 text");
    }
  }
}

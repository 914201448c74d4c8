package dev.tlkit.schema;

import dev.tlkit.schema.syntax.DocComments;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Prints a linked schema back as canonical TL: a {@code ---types---} section, then a
 * {@code ---functions---} section, one definition per line ending with {@code ;}, TDLib doc
 * comments as {@code //@} lines ({@code //@class} before a type's first constructor), and
 * {@code // LAYER N} at the end if known. Parsing the text gives an equal schema (up to locations).
 *
 * <p>Scoped definitions (see {@link Linker}) only mean something inside their own file: print a
 * schema that has them file by file, with {@link #print(Schema, String)}.
 */
public final class SchemaPrinter {
  private SchemaPrinter() {}

  /** The whole schema as one text. */
  public static String print(Schema schema) {
    return print(schema, schema.constructors(), schema.functions(), schema.layer());
  }

  /**
   * The definitions that {@code file} contributed to the schema (a definition merged with an
   * identical one of an earlier file is printed with that file), and the file's layer.
   */
  public static String print(Schema schema, String file) {
    OptionalInt layer = schema.files().stream().filter(f -> f.path().equals(file))
        .map(SchemaFile::layer).findFirst().orElse(OptionalInt.empty());
    return print(schema, inFile(schema.constructors(), file), inFile(schema.functions(), file), layer);
  }

  private static List<Combinator> inFile(List<Combinator> combinators, String file) {
    return combinators.stream().filter(c -> c.location().file().equals(file)).toList();
  }

  private static String print(Schema schema, List<Combinator> constructors,
      List<Combinator> functions, OptionalInt layer) {
    StringBuilder sb = new StringBuilder();
    Set<String> documentedTypes = new HashSet<>();
    if (!constructors.isEmpty()) {
      sb.append("---types---\n");
    }
    for (Combinator c : constructors) {
      printClassDoc(schema, c, documentedTypes, sb);
      printDefinition(c, sb);
    }
    if (!functions.isEmpty()) {
      sb.append("---functions---\n");
    }
    for (Combinator f : functions) {
      printDefinition(f, sb);
    }
    layer.ifPresent(n -> sb.append("// LAYER ").append(n).append('\n'));
    return sb.toString();
  }

  /** {@code //@class Name @description ...} before the first constructor of a documented type. */
  private static void printClassDoc(
      Schema schema, Combinator c, Set<String> documentedTypes, StringBuilder sb) {
    if (c.isBuiltin() || !(c.resultType() instanceof TypeRef.Named result)
        || !(result.target() instanceof TypeRef.Target.Boxed boxed)) {
      return;
    }
    schema.type(boxed.typeKey())
        .filter(t -> !t.doc().isEmpty() && documentedTypes.add(t.key()))
        .ifPresent(t -> sb.append("//@class ").append(t.name()).append(" @description ")
            .append(t.doc().description()).append("\n\n"));
  }

  private static void printDefinition(Combinator c, StringBuilder sb) {
    List<String> paramNames = c.parameters().stream().map(Parameter::name).toList();
    List<String> docLines = DocComments.format(c.doc(), paramNames);
    // A blank line keeps documented definitions apart, as TDLib writes them.
    if (!docLines.isEmpty() && !endsWith(sb, "---\n") && !endsWith(sb, "\n\n")) {
      sb.append('\n');
    }
    for (String line : docLines) {
      sb.append(line).append('\n');
    }
    sb.append(c.toTl()).append(";\n");
  }

  private static boolean endsWith(StringBuilder sb, String suffix) {
    int start = sb.length() - suffix.length();
    return start >= 0 && sb.indexOf(suffix, start) == start;
  }
}

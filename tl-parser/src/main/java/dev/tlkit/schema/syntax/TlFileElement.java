package dev.tlkit.schema.syntax;

import dev.tlkit.schema.Combinator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A parsed {@code .tl} file: what the text says, with locations, before any name is resolved.
 *
 * @param path the file name used in locations
 * @param layer the last {@code // LAYER N} comment of the file
 * @param definitions every well-formed definition, in source order
 * @param classDocs the TDLib {@code //@class} comments
 * @param unparsedNames names declared by definitions that had syntax errors (their own name and
 *     their result type's): the linker does not report references to them as unknown, since the
 *     syntax error already explains them
 */
public record TlFileElement(
    String path,
    OptionalInt layer,
    List<CombinatorElement> definitions,
    List<ClassDocElement> classDocs,
    Set<String> unparsedNames) {

  public TlFileElement {
    definitions = List.copyOf(definitions);
    classDocs = List.copyOf(classDocs);
    unparsedNames = Set.copyOf(unparsedNames);
  }

  /**
   * The file as canonical TL text: one definition per line, a section header where the kind
   * changes, doc comments back as {@code //@} lines. Parsing the text gives an equal element, up to
   * locations.
   */
  public String toTl() {
    StringBuilder sb = new StringBuilder();
    Combinator.Kind section = Combinator.Kind.CONSTRUCTOR;
    for (ClassDocElement classDoc : classDocs) {
      sb.append(classDoc.toTl()).append("\n\n");
    }
    for (CombinatorElement definition : definitions) {
      if (definition.kind() != section) {
        section = definition.kind();
        sb.append(section == Combinator.Kind.FUNCTION ? "---functions---" : "---types---")
            .append('\n');
      }
      List<String> paramNames =
          definition.parameters().stream().map(ParameterElement::name).toList();
      DocComments.format(definition.doc(), paramNames).forEach(l -> sb.append(l).append('\n'));
      sb.append(definition.toTl()).append(";\n");
    }
    layer.ifPresent(n -> sb.append("// LAYER ").append(n).append('\n'));
    return sb.toString();
  }
}

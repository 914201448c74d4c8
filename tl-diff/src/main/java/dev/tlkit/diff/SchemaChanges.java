package dev.tlkit.diff;

import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Everything that differs between two schemas, as {@link SchemaDiff#compare} found it. Each list
 * is sorted by name; renderers ({@link ReportFormat}) print them in that order, so the same two
 * schemas always give the same report.
 *
 * @param oldVersion what the old side was
 * @param newVersion what the new side was
 * @param constructors constructor changes, by name
 * @param functions function changes, by name
 * @param types boxed type changes, by name
 */
public record SchemaChanges(
    Version oldVersion,
    Version newVersion,
    List<DefinitionChange> constructors,
    List<DefinitionChange> functions,
    List<TypeChange> types) {

  /**
   * One side of the comparison.
   *
   * @param layer the schema's {@code // LAYER N}, if any file declares one
   * @param files the schema's files as given to the loader, in order
   */
  public record Version(OptionalInt layer, List<String> files) {
    public Version {
      Objects.requireNonNull(layer, "layer");
      files = List.copyOf(files);
    }

    static Version of(Schema schema) {
      return new Version(schema.layer(), schema.files().stream().map(SchemaFile::path).toList());
    }

    /** {@code layer 198}, or without a layer the file names: {@code tdlib-telegram_api.tl}. */
    public String label() {
      if (layer.isPresent()) {
        return "layer " + layer.getAsInt();
      }
      return files.isEmpty() ? "(no files)" : String.join(", ", files);
    }
  }

  public SchemaChanges {
    Objects.requireNonNull(oldVersion, "oldVersion");
    Objects.requireNonNull(newVersion, "newVersion");
    constructors = List.copyOf(constructors);
    functions = List.copyOf(functions);
    types = List.copyOf(types);
  }

  /** Constructor changes, then function changes. */
  public List<DefinitionChange> definitions() {
    List<DefinitionChange> all = new ArrayList<>(constructors);
    all.addAll(functions);
    return List.copyOf(all);
  }

  /** True when the schemas define the same constructors, functions and types. */
  public boolean isEmpty() {
    return constructors.isEmpty() && functions.isEmpty() && types.isEmpty();
  }

  /** How many constructors and functions changed in that way. */
  public int definitionCount(ChangeKind kind) {
    return (int) Stream.concat(constructors.stream(), functions.stream())
        .filter(d -> d.kind() == kind).count();
  }

  /** How many types changed in that way. */
  public int typeCount(ChangeKind kind) {
    return (int) types.stream().filter(t -> t.kind() == kind).count();
  }

  /** How many changes (definitions and types) break Java code. */
  public int breakingCount() {
    return (int) impacts().filter(Impact::isBreaking).count();
  }

  /** How many changes (definitions and types) make old bytes unreadable. */
  public int wireIncompatibleCount() {
    return (int) impacts().filter(Impact::isWireIncompatible).count();
  }

  /** True when some change breaks Java code that uses the generated classes. */
  public boolean hasBreaking() {
    return impacts().anyMatch(Impact::isBreaking);
  }

  /** True when some change makes bytes written under the old schema unreadable. */
  public boolean hasWireIncompatible() {
    return impacts().anyMatch(Impact::isWireIncompatible);
  }

  private Stream<Impact> impacts() {
    return Stream.of(constructors.stream().map(DefinitionChange::impact),
            functions.stream().map(DefinitionChange::impact),
            types.stream().map(TypeChange::impact))
        .flatMap(s -> s);
  }
}

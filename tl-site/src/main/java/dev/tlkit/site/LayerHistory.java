package dev.tlkit.site;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.diff.ChangeKind;
import dev.tlkit.diff.DefinitionChange;
import dev.tlkit.diff.FieldChange;
import dev.tlkit.diff.SchemaChanges;
import dev.tlkit.diff.SchemaDiff;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The history of each definition across earlier layers of the schema and today's, from tl-diff's
 * analysis of each step (181 to 198, 198 to 223, 223 to today): in which layers it exists, when it
 * was added, its id changes, and each field's story ({@code conference_call} added in 198, gone in 228).
 *
 * <p>A definition has a history only where the earlier layers have a file of the same name as the
 * one that defines it today: the Telegram API's earlier layers are {@code api.tl} files, so the
 * definitions of {@code mtproto.tl} have none, rather than a false "added in 228".
 */
final class LayerHistory {
  /** One layer: its label ({@code 198}) and its schema. */
  record Layer(String label, Schema schema) {}

  /**
   * A definition's history.
   *
   * @param layers for each layer, oldest first, whether the definition exists in it
   * @param events what changed, oldest first: "added in 198", "id 42ff96ed -> a6c4600c in 223"
   * @param fields each field's story, in order of first mention
   */
  record Story(List<Presence> layers, List<String> events, List<FieldStory> fields) {}

  /** Whether the definition exists in a layer. */
  record Presence(String layer, boolean present) {}

  /** What happened to one field: {@code conference_call}: "added in 198, gone in 228". */
  record FieldStory(String field, String story) {}

  static final LayerHistory NONE = new LayerHistory(List.of(), List.of(), Set.of());

  private final List<Layer> layers;
  private final List<SchemaChanges> steps;
  private final Set<String> trackedFiles;
  private final List<Map<String, DefinitionChange>> constructorChanges = new ArrayList<>();
  private final List<Map<String, DefinitionChange>> functionChanges = new ArrayList<>();

  private LayerHistory(List<Layer> layers, List<SchemaChanges> steps, Set<String> trackedFiles) {
    this.layers = layers;
    this.steps = steps;
    this.trackedFiles = trackedFiles;
    for (SchemaChanges step : steps) {
      Map<String, DefinitionChange> constructors = new HashMap<>();
      Map<String, DefinitionChange> functions = new HashMap<>();
      step.constructors().forEach(d -> constructors.put(d.name(), d));
      step.functions().forEach(d -> functions.put(d.name(), d));
      constructorChanges.add(constructors);
      functionChanges.add(functions);
    }
  }

  /**
   * The history of {@code current} across {@code earlier} layers (in any order: they are sorted by
   * layer); none when there are none.
   */
  static LayerHistory of(Schema current, List<Schema> earlier, GeneratorOptions options) {
    if (earlier.isEmpty()) {
      return NONE;
    }
    List<Schema> sorted = new ArrayList<>(earlier);
    sorted.sort(java.util.Comparator.comparingInt(s -> s.layer().orElse(Integer.MIN_VALUE)));
    List<Layer> layers = new ArrayList<>();
    Set<String> files = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      Schema s = sorted.get(i);
      layers.add(new Layer(label(s, "earlier " + (i + 1)), s));
      for (SchemaFile f : s.files()) {
        files.add(fileName(f.path()));
      }
    }
    layers.add(new Layer(label(current, "today"), current));
    List<SchemaChanges> steps = java.util.stream.IntStream.range(0, layers.size() - 1).parallel()
        .mapToObj(i -> SchemaDiff.compare(layers.get(i).schema(), layers.get(i + 1).schema(), options))
        .toList();
    return new LayerHistory(layers, steps, files);
  }

  private static String label(Schema s, String otherwise) {
    return s.layer().isPresent() ? Integer.toString(s.layer().getAsInt()) : otherwise;
  }

  static String fileName(String path) {
    Path name = Path.of(path).getFileName();
    return name == null ? path : name.toString();
  }

  /** The layers, oldest first, today's last; empty without history. */
  List<Layer> layers() {
    return layers;
  }

  /** The history of a definition of today's schema; empty without history or for an untracked file. */
  Optional<Story> of(Combinator c) {
    if (layers.isEmpty() || !trackedFiles.contains(fileName(c.location().file()))) {
      return Optional.empty();
    }
    List<Presence> presence = new ArrayList<>();
    for (Layer l : layers) {
      presence.add(new Presence(l.label(), exists(l.schema(), c)));
    }
    List<String> events = new ArrayList<>();
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      String layer = layers.get(i + 1).label();
      Map<String, DefinitionChange> byName = byName(i, c.isFunction());
      DefinitionChange change = byName.get(c.key());
      if (change == null) {
        continue;
      }
      if (change.kind() == ChangeKind.ADDED) {
        boolean before = presence.subList(0, i + 1).stream().anyMatch(Presence::present);
        events.add((before ? "added again in " : "added in ") + layer);
        continue;
      }
      if (change.kind() == ChangeKind.REMOVED) {
        events.add("gone in " + layer);
        continue;
      }
      if (change.idChanged()) {
        events.add("id " + change.oldId() + " -> " + change.newId() + " in " + layer);
      }
      if (change.result() != null) {
        events.add("result " + change.result().oldType() + " -> " + change.result().newType() + " in " + layer);
      }
      for (FieldChange f : change.fields()) {
        fields.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(what(f) + " in " + layer);
      }
    }
    if (events.isEmpty() && fields.isEmpty()) {
      events.add(presence.get(0).present()
          ? "unchanged since " + layers.get(0).label()
          : "unchanged since it was added");
    }
    List<FieldStory> stories = new ArrayList<>();
    fields.forEach((name, story) -> stories.add(new FieldStory(name, String.join(", ", story))));
    return Optional.of(new Story(presence, events, stories));
  }

  /** The changes of step {@code i} to the definitions of that kind, by name. */
  private Map<String, DefinitionChange> byName(int i, boolean function) {
    return (function ? functionChanges : constructorChanges).get(i);
  }

  private static boolean exists(Schema s, Combinator c) {
    return (c.isFunction() ? s.function(c.key()) : s.constructorByKey(c.key())).isPresent();
  }

  private static String what(FieldChange f) {
    return switch (f.kind()) {
      case ADDED -> "added";
      case REMOVED -> "gone";
      case RENAMED -> "renamed from " + f.oldText().substring(0, f.oldText().indexOf(':'));
      case RETYPED -> f.oldText() + " -> " + f.newText();
      case MADE_OPTIONAL -> "made optional (" + f.newText() + ")";
      case MADE_REQUIRED -> "made required (" + f.newText() + ")";
      case NULLABILITY -> "may be null: changed by its comment";
      case FLAG_MOVED -> "flag moved (" + f.oldText() + " -> " + f.newText() + ")";
      case MOVED -> "moved";
    };
  }
}

package dev.tlkit.site;

import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Earlier layers of a schema as a folder holds them, one folder each ({@code history/181/api.tl},
 * {@code history/198/api.tl}): the {@code .tl} files of each folder, sorted by name, are one schema.
 */
public final class EarlierLayers {
  private EarlierLayers() {}

  /**
   * The schemas of the folders of {@code directory}, in the order of their names.
   *
   * @throws IOException if a folder cannot be listed or a file read
   * @throws dev.tlkit.schema.SchemaException if a layer's files have errors
   */
  public static List<Schema> load(Path directory, SchemaOptions options) throws IOException {
    List<Schema> layers = new ArrayList<>();
    for (Path layer : list(directory).stream().filter(Files::isDirectory).toList()) {
      List<Path> files = list(layer).stream()
          .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".tl")).toList();
      if (files.isEmpty()) {
        continue;
      }
      SchemaLoader loader = new SchemaLoader(options);
      for (Path f : files) {
        loader.add(f.toString(), Files.readString(f));
      }
      layers.add(loader.load());
    }
    return layers;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}

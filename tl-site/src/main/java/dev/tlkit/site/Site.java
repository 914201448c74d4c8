package dev.tlkit.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The reference site of a schema: a static page for every function, constructor, type and error,
 * an index and an error catalogue, with examples, cross-references, layer history and a search
 * that works offline. The pages open from {@code file://} and fetch nothing: the search's index
 * is a script beside them.
 *
 * <pre>{@code
 * Site.Summary s = Site.write(new Site.Input(schema, docs, new GeneratorOptions("dev.tlkit.telegram"),
 *     List.of(layer181, layer198, layer223), "Telegram API"), Path.of("target/tl-site"));
 * }</pre>
 *
 * <p>Pages are rendered with Mustache (mustache.java), which escapes every value unless a
 * template asks for it raw; only the docs texts are written raw, and they come from
 * {@code DocText.html}, the sanitiser the generated Javadoc uses.
 */
public final class Site {
  /** The folders of the detail pages, cleared of pages this schema no longer has. */
  static final List<String> FOLDERS = List.of("function", "constructor", "type", "error");
  static final List<String> STATIC = List.of("site.css", "search.js");
  static final String SEARCH_INDEX = "search-index.js";

  /**
   * What a site is made from.
   *
   * @param schema today's schema
   * @param docs its documentation ({@link ApiDocs#EMPTY} for none); merged with the schema's {@code //@} comments
   * @param options the package and naming of the generated Java the pages show
   * @param history earlier layers of the schema, in any order; empty for no history
   * @param name the site's name, in every page's title ({@code Telegram API})
   */
  public record Input(Schema schema, ApiDocs docs, GeneratorOptions options, List<Schema> history, String name) {
    public Input {
      Objects.requireNonNull(schema, "schema");
      Objects.requireNonNull(docs, "docs");
      Objects.requireNonNull(options, "options");
      history = List.copyOf(history);
      Objects.requireNonNull(name, "name");
    }
  }

  /** What was written: how many files, their bytes, and the index page. */
  public record Summary(int files, long bytes, Path index) {}

  private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("dev/tlkit/site") {
    /**
     * Escapes the five characters that matter in HTML text and quoted attributes, and nothing
     * else: the default also writes every newline of an example as {@code &#10;}, which makes
     * the pages larger and their source unreadable, and is no safer.
     */
    @Override
    public void encode(String value, java.io.Writer writer) {
      try {
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          switch (c) {
            case '&' -> writer.write("&amp;");
            case '<' -> writer.write("&lt;");
            case '>' -> writer.write("&gt;");
            case '"' -> writer.write("&quot;");
            case '\'' -> writer.write("&#39;");
            default -> writer.write(c);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private Site() {}

  /**
   * Renders the whole site in memory, then writes it to {@code out}: a schema that cannot become
   * Java fails before anything is written. Pages of an earlier site in {@code out} that this one
   * does not have are deleted.
   *
   * @throws dev.tlkit.codegen.GenerationException if the schema cannot become Java (a name clash)
   */
  public static Summary write(Input input, Path out) throws IOException {
    Map<String, byte[]> files = render(input);
    Files.createDirectories(out);
    for (String folder : FOLDERS) {
      Path dir = out.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> old = Files.list(dir)) {
          for (Path p : old.toList()) {
            if (p.toString().endsWith(".html") && !files.containsKey(folder + "/" + p.getFileName())) {
              Files.delete(p);
            }
          }
        }
      }
    }
    for (String folder : FOLDERS) {
      Files.createDirectories(out.resolve(folder));
    }
    // Four thousand small files: written by two threads, and a file already as it should be is
    // left alone, so that a rebuild touches only what changed.
    try {
      files.entrySet().parallelStream().forEach(e -> {
        Path p = out.resolve(e.getKey());
        try {
          if (!Files.exists(p) || !java.util.Arrays.equals(Files.readAllBytes(p), e.getValue())) {
            Files.write(p, e.getValue());
          }
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    long bytes = files.values().stream().mapToLong(b -> b.length).sum();
    return new Summary(files.size(), bytes, out.resolve(PagePaths.INDEX));
  }

  /** Every file of the site by its path from the root. */
  static Map<String, byte[]> render(Input input) {
    Schema schema = input.schema();
    ApiDocs docs = input.docs().withComments(schema);
    JavaModel model = JavaModel.of(schema, input.options());
    LayerHistory history = LayerHistory.of(schema, input.history(), input.options());
    SitePages pages = new SitePages(schema, docs, model, history, input.name());
    PagePaths paths = pages.paths();
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    List<Runnable> jobs = new ArrayList<>();
    for (JavaRecord r : model.records()) {
      Combinator c = r.definition();
      jobs.add(() -> files.put(paths.of(c), page("definition", pages.definition(c))));
    }
    for (TlType t : schema.types()) {
      jobs.add(() -> files.put(paths.type(t), page("type", pages.type(t))));
    }
    for (ErrorDoc e : pages.errors().values()) {
      jobs.add(() -> files.put(paths.error(e), page("error", pages.error(e))));
    }
    jobs.add(() -> files.put(PagePaths.INDEX, page("index", pages.index(input.options().packageName()))));
    jobs.add(() -> files.put(PagePaths.ERRORS, page("errors", pages.catalogue())));
    jobs.add(() -> files.put(SEARCH_INDEX, SearchIndex.script(model, pages)));
    jobs.parallelStream().forEach(Runnable::run);
    for (String name : STATIC) {
      files.put(name, resource(name));
    }
    return new TreeMap<>(files);
  }

  private static byte[] page(String template, Object view) {
    Mustache m = TEMPLATES.compile(template + ".mustache");
    StringWriter w = new StringWriter(16_384);
    m.execute(w, view);
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Site.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from tl-site's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectMapper json() {
    return new ObjectMapper();
  }
}

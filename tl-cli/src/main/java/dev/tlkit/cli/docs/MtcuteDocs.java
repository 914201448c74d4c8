package dev.tlkit.cli.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.Callers;
import dev.tlkit.codegen.docs.DefinitionDocs;
import dev.tlkit.codegen.docs.DocText;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.codegen.docs.FunctionError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports mtcute's two documentation files into {@link ApiDocs}: {@code api-schema.json}
 * (descriptions of definitions, parameters and types; per function {@code throws} and
 * {@code available}) and {@code raw-errors.json} (the error catalogue; per function {@code throws};
 * {@code userOnly} and {@code botOnly}).
 *
 * <p>What it converts: mtcute's references {@code {@link RawUser}}, {@code {@link ns.RawFooRequest}}
 * become {@code {@tl user}}, {@code {@tl ns.foo}}; the Markdown of error descriptions becomes the
 * docs file's HTML; {@code #} parameters (computed by tlkit), mtcute's own {@code mtcute.*}
 * definitions and the "API schema:" tail of some type descriptions are left out.
 *
 * <p>Where the two files disagree about a function's errors, the list is raw-errors.json's (in every
 * layer-228 entry a superset of api-schema.json's), followed by any error only api-schema.json
 * names; an error's code and description are api-schema.json's for that function where it lists
 * the error with a code or wording of its own, else the catalogue's. Who may call a function is
 * raw-errors.json's {@code userOnly}/{@code botOnly}, else api-schema.json's {@code available}.
 */
public final class MtcuteDocs {
  private static final Pattern LINK = Pattern.compile("\\{@link ([A-Za-z0-9_.]+)\\}");
  private static final Pattern API_SCHEMA_TAIL = Pattern.compile("\\s*API schema:\\s*$");

  /** What an import produced, and what it could not place. */
  public record Result(ApiDocs docs, List<String> notes) {}

  private final Map<String, String> byMtcuteName = new HashMap<>();
  private final Set<String> unresolved = new TreeSet<>();

  private MtcuteDocs() {}

  /**
   * Imports the two files.
   *
   * @param source what to write as the docs' {@code source}
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file is not mtcute's format, naming the file
   */
  public static Result read(Path apiSchema, Path rawErrors, String source) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode api = parse(mapper, apiSchema);
    JsonNode errors = parse(mapper, rawErrors);
    return new MtcuteDocs().convert(api, errors, source, apiSchema, rawErrors);
  }

  private static JsonNode parse(ObjectMapper mapper, Path file) throws IOException {
    try {
      return mapper.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    }
  }

  private Result convert(JsonNode api, JsonNode raw, String source, Path apiFile, Path rawFile) {
    JsonNode entries = require(api, "e", apiFile);
    require(raw, "errors", rawFile);
    List<String> notes = new ArrayList<>();
    // Constructors first: a function's RawFooRequest wins over a constructor named fooRequest.
    for (String kind : List.of("class", "method")) {
      for (JsonNode e : entries) {
        if (kind.equals(e.path("kind").asText())) {
          byMtcuteName.put(mtcuteName(e.path("name").asText(), kind.equals("method")), e.path("name").asText());
        }
      }
    }
    Map<String, ErrorDoc> catalogue = new LinkedHashMap<>();
    raw.path("errors").fields().forEachRemaining(f -> {
      JsonNode e = f.getValue();
      List<String> params = new ArrayList<>();
      e.path("_paramNames").forEach(p -> params.add(p.asText()));
      catalogue.put(f.getKey(), new ErrorDoc(f.getKey(), e.path("code").asInt(),
          markdown(e.path("description").asText("")), String.join(", ", params)));
    });
    Set<String> userOnly = names(raw.path("userOnly"));
    Set<String> botOnly = names(raw.path("botOnly"));

    Map<String, DefinitionDocs> definitions = new LinkedHashMap<>();
    Set<String> functions = new HashSet<>();
    int skipped = 0;
    for (JsonNode e : entries) {
      String name = e.path("name").asText();
      if (name.startsWith("mtcute.")) {
        skipped++;
        continue;
      }
      boolean method = "method".equals(e.path("kind").asText());
      Map<String, String> params = new LinkedHashMap<>();
      for (JsonNode a : e.path("arguments")) {
        String text = html(a.path("comment").asText(""));
        if (!"#".equals(a.path("type").asText()) && !text.isEmpty()) {
          params.put(a.path("name").asText(), text);
        }
      }
      Callers callers = Callers.UNKNOWN;
      List<FunctionError> errors = List.of();
      if (method) {
        functions.add(name);
        callers = userOnly.contains(name) ? Callers.USERS
            : botOnly.contains(name) ? Callers.BOTS
            : switch (e.path("available").asText("")) {
              case "user" -> Callers.USERS;
              case "bot" -> Callers.BOTS;
              case "both" -> Callers.BOTH;
              default -> Callers.UNKNOWN;
            };
        errors = errors(raw.path("throws").path(name), e.path("throws"), catalogue);
      }
      definitions.put(name, new DefinitionDocs(html(e.path("comment").asText("")), params, callers, errors));
    }
    Map<String, String> types = new LinkedHashMap<>();
    api.path("u").fields().forEachRemaining(f -> {
      String text = html(API_SCHEMA_TAIL.matcher(f.getValue().asText("")).replaceAll(""));
      if (!text.isEmpty()) {
        types.put(f.getKey(), text);
      }
    });
    List<String> stale = new ArrayList<>();
    raw.path("throws").fieldNames().forEachRemaining(n -> {
      if (!functions.contains(n)) {
        stale.add(n);
      }
    });
    if (skipped > 0) {
      notes.add("left out " + skipped + " of mtcute's own definitions (mtcute.*)");
    }
    if (!stale.isEmpty()) {
      notes.add("left out the error lists of " + stale.size() + " functions that " + apiFile.getFileName()
          + " does not have: " + String.join(", ", stale));
    }
    if (!unresolved.isEmpty()) {
      notes.add("references naming no definition, kept as code: " + String.join(", ", unresolved));
    }
    Integer layer = api.has("l") ? api.path("l").asInt() : null;
    return new Result(new ApiDocs(layer, source, types, definitions, catalogue), notes);
  }

  /** A function's errors: raw-errors.json's list then api-schema.json's others, codes and texts as the class says. */
  private List<FunctionError> errors(JsonNode rawThrows, JsonNode apiThrows, Map<String, ErrorDoc> catalogue) {
    Map<String, JsonNode> own = new LinkedHashMap<>();
    for (JsonNode t : apiThrows) {
      own.put(t.path("name").asText(), t);
    }
    Set<String> names = new LinkedHashSet<>();
    rawThrows.forEach(n -> names.add(n.asText()));
    names.addAll(own.keySet());
    List<FunctionError> result = new ArrayList<>();
    for (String name : names) {
      ErrorDoc known = catalogue.get(name);
      JsonNode mine = own.get(name);
      Integer code = null;
      String description = "";
      if (mine != null) {
        int c = mine.path("code").asInt();
        if (known == null || known.code() != c) {
          code = c;
        }
        String text = html(mine.path("comment").asText(""));
        if (known == null || !DocText.plain(text).equals(DocText.plain(known.description()))) {
          description = text;
        }
      }
      result.add(new FunctionError(name, code, description));
    }
    return result;
  }

  /** mtcute's class name of a definition: {@code RawUser}, {@code phone.RawRequestCallRequest}. */
  static String mtcuteName(String tlName, boolean method) {
    int dot = tlName.lastIndexOf('.');
    String ns = dot < 0 ? "" : tlName.substring(0, dot + 1);
    String simple = tlName.substring(dot + 1);
    return ns + "Raw" + Character.toUpperCase(simple.charAt(0)) + simple.substring(1) + (method ? "Request" : "");
  }

  /** A description of api-schema.json: its HTML as it is, its references in the docs form. */
  private String html(String text) {
    Matcher m = LINK.matcher(text.strip());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = byMtcuteName.get(m.group(1));
      if (name == null) {
        unresolved.add(m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(
          name == null ? "<code>" + m.group(1) + "</code>" : "{@tl " + name + "}"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])");

  /**
   * The Markdown of raw-errors.json's descriptions as docs HTML: code spans, links, bold and
   * emphasis; entities such as {@code &raquo;} stay, a bare {@code <} or {@code >} is escaped.
   */
  static String markdown(String text) {
    List<String> spans = new ArrayList<>();
    Matcher code = CODE_SPAN.matcher(text.strip());
    StringBuilder out = new StringBuilder();
    while (code.find()) {
      spans.add("<code>" + code.group(1).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</code>");
      code.appendReplacement(out, "\u0000" + (spans.size() - 1) + "\u0000");
    }
    code.appendTail(out);
    String s = out.toString().replace("<", "&lt;").replace(">", "&gt;");
    s = MD_LINK.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
        "<a href=\"" + r.group(2).replace("\"", "%22") + "\">" + r.group(1) + "</a>"));
    s = BOLD.matcher(s).replaceAll("<strong>$1</strong>");
    s = EMPHASIS.matcher(s).replaceAll("<em>$1</em>");
    for (int i = 0; i < spans.size(); i++) {
      s = s.replace("\u0000" + i + "\u0000", spans.get(i));
    }
    return s;
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode require(JsonNode root, String key, Path file) {
    JsonNode node = root.path(key);
    if (node.isMissingNode() || node.isNull()) {
      throw new IllegalArgumentException(file + ": not mtcute's format: no '" + key + "'");
    }
    return node;
  }
}

package dev.tlkit.codegen.docs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * tlkit's docs file: {@link ApiDocs} as JSON, one object keyed by TL name. README's "The docs file"
 * describes the format; in short:
 *
 * <pre>
 * {"format": "tlkit-docs 1", "layer": 228, "source": "...",
 *  "types": {"InputPeer": "..."},
 *  "definitions": {"phone.requestCall": {"description": "...", "params": {"video": "..."},
 *                  "callers": "users", "errors": [{"name": "USER_PRIVACY_RESTRICTED"}, ...]}},
 *  "errors": {"FLOOD_WAIT_%d": {"code": 420, "description": "...", "parameter": "seconds"}}}
 * </pre>
 *
 * <p>Reading is strict: a value of the wrong type, a null inside a list or map, a key the format
 * does not have, a key twice or text that is not JSON is an error naming the file, line and column.
 * A property that is null is as if it were absent. Names of the schema
 * are not checked here ({@link ApiDocs#unknownNames}).
 */
public final class DocsFile {
  /** The value of {@code format} this version reads and writes. */
  public static final String FORMAT = "tlkit-docs 1";

  private static final ObjectMapper MAPPER = mapper();

  private DocsFile() {}

  private static ObjectMapper mapper() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.DEFAULT, Nulls.FAIL))
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .build();
    for (CoercionInputShape shape : new CoercionInputShape[] {
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return mapper;
  }

  // The JSON form, field for field. Absent keys are null and mean "nothing said".
  @JsonPropertyOrder({"format", "layer", "source", "types", "definitions", "errors"})
  record FileJson(
      @JsonProperty(value = "format", required = true) String format,
      Integer layer,
      String source,
      Map<String, String> types,
      Map<String, DefinitionJson> definitions,
      Map<String, ErrorJson> errors) {}

  @JsonPropertyOrder({"description", "params", "callers", "errors"})
  record DefinitionJson(String description, Map<String, String> params, CallersJson callers,
      List<FunctionErrorJson> errors) {}

  enum CallersJson {
    @JsonProperty("users") USERS,
    @JsonProperty("bots") BOTS,
    @JsonProperty("both") BOTH
  }

  @JsonPropertyOrder({"name", "code", "description"})
  record FunctionErrorJson(@JsonProperty(value = "name", required = true) String name, Integer code,
      String description) {}

  @JsonPropertyOrder({"code", "description", "parameter"})
  record ErrorJson(@JsonProperty(value = "code", required = true) Integer code, String description,
      String parameter) {}

  /**
   * Reads a docs file.
   *
   * @throws DocsException naming the file, line and column of the first problem
   */
  public static ApiDocs read(Path file) throws DocsException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new DocsException(file + ": error: no such file");
    } catch (IOException e) {
      throw new DocsException(file + ": error: cannot read: " + e.getMessage());
    }
  }

  /**
   * Reads docs JSON from a stream; {@code name} is the file name for messages.
   *
   * @throws DocsException naming the file, line and column of the first problem
   */
  public static ApiDocs read(InputStream in, String name) throws DocsException {
    FileJson json;
    try {
      json = MAPPER.readValue(in, FileJson.class);
    } catch (JsonProcessingException e) {
      throw new DocsException(describe(name, e));
    } catch (IOException e) {
      throw new DocsException(name + ": error: cannot read: " + e.getMessage());
    }
    if (json == null) {
      throw new DocsException(name + ":1:1: error: the file is empty");
    }
    if (!FORMAT.equals(json.format())) {
      throw new DocsException(name + ":1:1: error: format is '" + json.format() + "', this tlkit reads '"
          + FORMAT + "'");
    }
    Map<String, DefinitionDocs> definitions = new LinkedHashMap<>();
    for (Map.Entry<String, DefinitionJson> e : orEmpty(json.definitions()).entrySet()) {
      DefinitionJson d = e.getValue();
      Callers callers = d.callers() == null ? Callers.UNKNOWN : Callers.valueOf(d.callers().name());
      List<FunctionError> errors = new ArrayList<>();
      for (FunctionErrorJson fe : orEmpty(d.errors())) {
        errors.add(new FunctionError(fe.name(), fe.code(), orEmpty(fe.description())));
      }
      definitions.put(e.getKey(), new DefinitionDocs(orEmpty(d.description()), orEmpty(d.params()), callers, errors));
    }
    Map<String, ErrorDoc> errors = new LinkedHashMap<>();
    for (Map.Entry<String, ErrorJson> e : orEmpty(json.errors()).entrySet()) {
      ErrorJson x = e.getValue();
      errors.put(e.getKey(), new ErrorDoc(e.getKey(), x.code(), orEmpty(x.description()), orEmpty(x.parameter())));
    }
    return new ApiDocs(json.layer(), orEmpty(json.source()), orEmpty(json.types()), definitions, errors);
  }

  /** The docs as the JSON of a docs file: keys sorted, two-space indent, a newline at the end. */
  public static String toJson(ApiDocs docs) {
    Map<String, DefinitionJson> definitions = new TreeMap<>();
    docs.definitions().forEach((k, d) -> definitions.put(k, new DefinitionJson(
        emptyToNull(d.description()), d.params(),
        d.callers() == Callers.UNKNOWN ? null : CallersJson.valueOf(d.callers().name()),
        d.errors().stream().map(e -> new FunctionErrorJson(e.name(), e.code(), emptyToNull(e.description())))
            .toList())));
    Map<String, ErrorJson> errors = new TreeMap<>();
    docs.errors().forEach((k, e) -> errors.put(k,
        new ErrorJson(e.code(), emptyToNull(e.description()), emptyToNull(e.parameter()))));
    FileJson json = new FileJson(FORMAT, docs.layer(), emptyToNull(docs.source()), docs.types(), definitions, errors);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@link #toJson} to a file, UTF-8. */
  public static void write(ApiDocs docs, Path file) throws IOException {
    Files.writeString(file, toJson(docs), StandardCharsets.UTF_8);
  }

  /** {@code file:line:col: error: where: what}, in words rather than Java types. */
  private static String describe(String name, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 0 ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
    String path = "";
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      StringBuilder p = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          p.append(p.length() == 0 ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          p.append('[').append(r.getIndex()).append(']');
        }
      }
      path = p + ": ";
    }
    String what = e.getOriginalMessage()
        .replaceAll("`java\\.lang\\.String`", "a string")
        .replaceAll("`java\\.lang\\.Integer`|`int`", "a number")
        .replaceAll("`java\\.util\\.(Linked)?(Hash)?Map(<[^`]*>)?`", "an object")
        .replaceAll("`java\\.util\\.(Array)?List(<[^`]*>)?`", "an array")
        .replaceAll("`dev\\.tlkit\\.codegen\\.docs\\.DocsFile\\$CallersJson`", "callers")
        .replace("Enum class: ", "")
        .replaceAll(" \\(but (could|might) if coercion[^)]*\\)", "")
        .replaceAll("Invalid `null` value encountered for property \"[^\"]*\"", "null is not allowed here")
        .replaceAll(" \\(token `JsonToken\\.\\w+`\\)", "")
        .replaceAll(" \\(\\d+ known properties: [^)]*\\)", "")
        .replaceAll("`dev\\.tlkit\\.codegen\\.docs\\.DocsFile\\$(\\w+)Json`", "an object ($1)")
        .replaceAll("\\s*\\(for Object starting at[^)]*\\)", "")
        .replaceAll("\\s+", " ")
        .replaceAll(" \\(start marker at .*?\\]\\)", "")
        .strip();
    int cut = what.indexOf(" (class ");
    if (cut > 0) {
      what = what.substring(0, cut);
    }
    return where + ": error: " + path + what;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> m) {
    return m == null ? Map.of() : m;
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }
}

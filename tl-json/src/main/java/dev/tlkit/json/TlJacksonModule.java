package dev.tlkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlRecord;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.TlJsonException;
import dev.tlkit.runtime.json.TlJsonSchema;
import java.io.IOException;
import java.util.List;

/**
 * A Jackson module for generated objects, both ways, in the JSON of {@link TlJson} and {@link
 * TlJsonReader}: {@code mapper.readValue(json, Message.class)}, {@code readValue(json,
 * TypeMessage.class)}, {@code writeValueAsString(message)}, and generated objects as fields of the
 * user's own classes.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new TlJacksonModule(Tl.JSON));
 * }</pre>
 *
 * <p>A JSON value that is not one of the class is a {@link JsonMappingException} whose cause is the
 * {@link TlJsonException} naming its path inside the TL object.
 */
public final class TlJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Kept for the deserializers; the module is not serialized in practice (SimpleModule is Serializable). */
  private final transient List<TlJsonSchema> schemas;
  private final JsonReadOptions options;

  /**
   * A module for the classes of some generated schemas, in tlkit's dialect.
   *
   * @param schemas the schemas' {@code Tl.JSON}
   */
  public TlJacksonModule(TlJsonSchema... schemas) {
    this(JsonReadOptions.of(JsonDialect.TLKIT), schemas);
  }

  /**
   * A module reading with {@code options} (their dialect, limits and unknown fields) and writing
   * in their dialect.
   *
   * @param options how to read
   * @param schemas the schemas' {@code Tl.JSON}
   */
  public TlJacksonModule(JsonReadOptions options, TlJsonSchema... schemas) {
    super("tlkit", Version.unknownVersion());
    this.schemas = List.of(schemas);
    this.options = options;
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(TlRecord.class, new RecordSerializer(options.dialect()));
    setSerializers(serializers);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new ObjectDeserializers());
  }

  /** Writes the object's JSON as it stands: the same text as {@link TlJson}. */
  private static final class RecordSerializer extends StdSerializer<TlRecord> {
    private static final long serialVersionUID = 1L;
    private final JsonDialect dialect;

    RecordSerializer(JsonDialect dialect) {
      super(TlRecord.class);
      this.dialect = dialect;
    }

    @Override
    public void serialize(TlRecord value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeRawValue(TlJson.toJson(value, dialect, false));
    }
  }

  /** A deserializer for each generated class of the module's schemas. */
  private final class ObjectDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (!TlObject.class.isAssignableFrom(raw) || schemas.isEmpty()) {
        return null;
      }
      if (raw == TlObject.class) {
        return new ObjectDeserializer<>(schemas.get(0), TlObject.class, options);
      }
      for (TlJsonSchema schema : schemas) {
        if (schema.hasClass(raw)) {
          return new ObjectDeserializer<>(schema, raw, options);
        }
      }
      return null;
    }
  }

  /** Reads the value at the parser through the schema's shapes. */
  private static final class ObjectDeserializer<T> extends JsonDeserializer<T> {
    private final TlJsonSchema schema;
    private final Class<T> type;
    private final JsonReadOptions options;

    ObjectDeserializer(TlJsonSchema schema, Class<T> type, JsonReadOptions options) {
      this.schema = schema;
      this.type = type;
      this.options = options;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return schema.read(JacksonInput.embedded(p), type, options);
      } catch (TlJsonException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}

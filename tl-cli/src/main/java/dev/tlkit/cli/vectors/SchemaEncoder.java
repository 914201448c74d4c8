package dev.tlkit.cli.vectors;

import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.ShapeTable;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.JsonToTl;
import dev.tlkit.runtime.json.TlJsonException;
import dev.tlkit.runtime.json.TlShapes;
import dev.tlkit.schema.Schema;

/**
 * TL bytes from JSON with a linked {@link Schema} alone, no generated class involved: the
 * runtime's {@link JsonToTl} driven by the shape table the generator would write next to the
 * schema's classes. What {@code tlc encode --schema} encodes with, and what {@code verify-vectors}
 * holds the generated code against; the wire rules are the runtime's, in one place.
 */
public final class SchemaEncoder {
  private final JsonToTl encoder;

  /**
   * An encoder of {@code schema}'s JSON.
   *
   * @throws GenerationException if the schema cannot become Java (a name clash): its table names
   *     the Java classes too
   */
  public SchemaEncoder(Schema schema, JsonReadOptions options) {
    this.encoder = new JsonToTl(TlShapes.parse(ShapeTable.of(
        JavaModel.of(schema, new GeneratorOptions("tlc.encode")))), options);
  }

  /**
   * The boxed bytes of one JSON value.
   *
   * @throws TlJsonException if the JSON is not one object of the schema
   */
  public byte[] encode(String json) {
    return TlJsonReader.encode(encoder, json);
  }
}

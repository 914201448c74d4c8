package dev.tlkit.codegen.examples;

import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.schema.Combinator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The examples of a schema's generated Java: for every constructor and function with a record,
 * Java that builds it with its builder, every field set with a value chosen by the field's name
 * and type, then {@code toBytes()}, and the bytes that gives, encoded from the schema.
 *
 * <pre>{@code
 * Examples examples = Examples.of(JavaModel.of(schema, new GeneratorOptions("dev.tlkit.telegram")));
 * Example e = examples.of(schema.function("phone.requestCall").orElseThrow()).orElseThrow();
 * e.java();  // PhoneRequestCall request = PhoneRequestCall.builder() ...
 * e.hex();   // 0c60c4a6 03000000 ...
 * }</pre>
 */
public final class Examples {
  private final JavaModel model;
  private final ExampleValues values;
  private final ExampleWire wire;

  private Examples(JavaModel model) {
    this.model = model;
    this.values = new ExampleValues(model);
    this.wire = new ExampleWire(model.schema());
  }

  public static Examples of(JavaModel model) {
    return new Examples(model);
  }

  /** The imports of the file whose method {@code void example() throws Exception} an example is the body of. */
  public List<String> imports() {
    return List.of(model.options().packageName() + ".*", "dev.tlkit.runtime.*", "java.util.*");
  }

  /** The example of a constructor or function; empty for a builtin, which has no record. */
  public Optional<Example> of(Combinator definition) {
    return model.record(definition.key()).map(this::of);
  }

  /** The example of a record of this model. */
  public Example of(JavaRecord record) {
    ExampleValue.ObjectValue value = values.top(record);
    String variable = variable(record);
    return new Example(record, value, variable, ExampleJava.statements(value, variable), wire.fields(value));
  }

  /** The Java text of the example of a record of this model, without working out its bytes. */
  public String javaOf(JavaRecord record) {
    return ExampleJava.statements(values.top(record), variable(record));
  }

  /** {@code request} for a function; for a constructor its class name in lower camel case. */
  private static String variable(JavaRecord record) {
    if (record.definition().isFunction()) {
      return "request";
    }
    String simple = record.className().simpleName();
    String v = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    return SourceVersion.isKeyword(v) || v.equals("bytes") || !SourceVersion.isIdentifier(v) ? v + "Value" : v;
  }
}

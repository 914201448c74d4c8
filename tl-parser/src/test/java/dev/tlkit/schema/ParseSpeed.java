package dev.tlkit.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures warm parse and link of api.tl + mtproto.tl: 20 runs to warm up, then the mean of 20.
 * Prints the figure and asserts nothing (machines differ). Run it with
 * {@code mvn -o test -pl tl-parser -Dtest=ParseSpeed -Dtlkit.benchmark=true}, or through
 * {@link #main}.
 */
class ParseSpeed {
  private static final int WARM_UP = 20;
  private static final int MEASURED = 20;

  @Test
  @EnabledIfSystemProperty(named = "tlkit.benchmark", matches = "true")
  void measure() {
    main(new String[0]);
  }

  public static void main(String[] args) {
    String api = TestSchemas.read("api.tl");
    String mtproto = TestSchemas.read("mtproto.tl");
    SchemaOptions options = SchemaOptions.DEFAULT;
    for (int i = 0; i < WARM_UP; i++) {
      load(api, mtproto, options);
    }
    long start = System.nanoTime();
    for (int i = 0; i < MEASURED; i++) {
      load(api, mtproto, options);
    }
    double millis = (System.nanoTime() - start) / 1e6 / MEASURED;
    System.out.printf("warm parse+link of api.tl + mtproto.tl: %.1f ms per load (mean of %d)%n",
        millis, MEASURED);
  }

  private static Schema load(String api, String mtproto, SchemaOptions options) {
    return new SchemaLoader(options).add("api.tl", api).add("mtproto.tl", mtproto).load();
  }
}

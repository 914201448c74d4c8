package dev.tlkit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateParametersTest {
  private static GenerateParameters withPackage(String packageName) {
    return new GenerateParameters(new SchemaSources(List.of(Path.of("a.tl"))), packageName, Path.of("out"),
        SchemaOptions.DEFAULT, Path.of("state"), "1");
  }

  @Test
  void acceptsJavaPackageNames() {
    assertEquals("com.example.tl", withPackage(" com.example.tl ").packageName());
    assertEquals("tl", withPackage("tl").packageName());
  }

  @Test
  void rejectsAnythingElseNamingTheParameter() {
    for (String bad : List.of("com.example.", "1abc", "com.example-tl", "com.class.tl", "com..tl")) {
      ParameterException e = assertThrows(ParameterException.class, () -> withPackage(bad));
      assertEquals("packageName: '" + bad + "' is not a valid Java package name"
          + " (dot-separated identifiers, no keywords)", e.getMessage());
    }
    assertEquals("packageName: is required, e.g. com.example.tl",
        assertThrows(ParameterException.class, () -> withPackage(null)).getMessage());
  }

  @Test
  void idPolicyIsOneOfThreeInAnyCase() {
    assertEquals(IdPolicy.STRICT, GenerateParameters.idPolicy("STRICT"));
    assertEquals(IdPolicy.WARN, GenerateParameters.idPolicy("warn"));
    assertEquals(IdPolicy.TRUST, GenerateParameters.idPolicy(" Trust "));
    assertEquals(IdPolicy.STRICT, GenerateParameters.idPolicy(null));
    assertEquals("idPolicy: 'lenient' is not one of STRICT, WARN, TRUST",
        assertThrows(ParameterException.class, () -> GenerateParameters.idPolicy("lenient")).getMessage());
  }
}

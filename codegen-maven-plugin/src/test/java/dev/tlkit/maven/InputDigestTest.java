package dev.tlkit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestTest {
  @TempDir
  Path dir;

  Workspace ws;
  String original;

  @BeforeEach
  void setUp() throws Exception {
    ws = new Workspace(dir);
    ws.schema("a.tl", Workspace.SCHEMA);
    original = digest(ws.request("com.example.tl"));
  }

  @Test
  void isStable() throws Exception {
    assertEquals(original, digest(ws.request("com.example.tl")));
    assertEquals(64, original.length());
  }

  @Test
  void changesWithASchemaFilesContent() throws Exception {
    ws.schema("a.tl", Workspace.SCHEMA + " ");
    assertNotEquals(original, digest(ws.request("com.example.tl")));
  }

  @Test
  void changesWhenASchemaFileIsAddedOrRenamed() throws Exception {
    Path b = ws.schema("b.tl", "thing = Thing;\n");
    String withB = digest(ws.request("com.example.tl"));
    assertNotEquals(original, withB);
    java.nio.file.Files.move(b, b.resolveSibling("c.tl"));
    assertNotEquals(withB, digest(ws.request("com.example.tl")));
  }

  @Test
  void changesWithEverySetting() throws Exception {
    Path out = ws.out;
    SchemaOptions strict = SchemaOptions.DEFAULT;
    List<GenerationRequest> variants = List.of(
        ws.request("com.example.other"),
        ws.request("com.example.tl", "default", dir.resolve("elsewhere"), strict, "1.0"),
        ws.request("com.example.tl", "default", out, Workspace.options(IdPolicy.WARN), "1.0"),
        ws.request("com.example.tl", "default", out, Workspace.options(IdPolicy.TRUST), "1.0"),
        ws.request("com.example.tl", "default", out, Workspace.options(IdPolicy.STRICT, "point"), "1.0"));
    for (GenerationRequest variant : variants) {
      assertNotEquals(original, digest(variant), variant.toString());
    }
  }

  @Test
  void changesWithTheGeneratorVersion() throws Exception {
    assertNotEquals(original,
        digest(ws.request("com.example.tl", "default", ws.out, SchemaOptions.DEFAULT, "1.0+abc")));
  }

  @Test
  void doesNotDependOnTheOrderOfListsInThePom() throws Exception {
    Path a = dir.resolve("src/main/tl/a.tl");
    Path b = ws.schema("b.tl", "thing = Thing;\n");
    SchemaOptions ab = new SchemaOptions(IdPolicy.STRICT, Set.of("x", "y"));
    SchemaOptions ba = new SchemaOptions(IdPolicy.STRICT, Set.of("y", "x"));
    assertEquals(
        digest(new GenerationRequest(new SchemaSources(List.of(a, b)), "p", ws.out, ab, dir.resolve("s"), "1")),
        digest(new GenerationRequest(new SchemaSources(List.of(b, a)), "p", ws.out, ba, dir.resolve("s"), "1")));
  }

  @Test
  void doesNotDependOnTheStateFile() throws Exception {
    assertEquals(original, digest(ws.request("com.example.tl", "other-execution", ws.out,
        SchemaOptions.DEFAULT, "1.0")));
  }

  private static String digest(GenerationRequest request) throws Exception {
    return InputDigest.of(request);
  }
}

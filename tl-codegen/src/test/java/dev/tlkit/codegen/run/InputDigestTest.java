package dev.tlkit.codegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestTest {
  @TempDir
  Path dir;

  Path a;
  Path out;
  String original;

  @BeforeEach
  void setUp() throws Exception {
    a = Files.writeString(dir.resolve("a.tl"), "point x:int y:int = Point;\n");
    out = dir.resolve("out");
    original = InputDigest.of(request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0"));
  }

  private GenerationRequest request(List<Path> files, SchemaOptions options, GeneratorOptions generator,
      Path output, String version) {
    return new GenerationRequest(files, options, generator, Optional.empty(), output, dir.resolve("s"), version);
  }

  private String digest(GenerationRequest request) throws Exception {
    return InputDigest.of(request);
  }

  @Test
  void isStable() throws Exception {
    assertEquals(original, digest(request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0")));
    assertEquals(64, original.length());
  }

  @Test
  void changesWithASchemaFilesContent() throws Exception {
    Files.writeString(a, "point x:int y:int = Point; ");
    assertNotEquals(original, digest(request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0")));
  }

  @Test
  void changesWhenASchemaFileIsAddedRenamedOrMoved() throws Exception {
    Path b = Files.writeString(dir.resolve("b.tl"), "thing = Thing;\n");
    String ab = digest(request(List.of(a, b), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0"));
    assertNotEquals(original, ab);
    // The load order is part of the schema: the later of two files defining a name is scoped.
    assertNotEquals(ab, digest(request(List.of(b, a), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0")));
    Path c = Files.move(b, b.resolveSibling("c.tl"));
    assertNotEquals(ab, digest(request(List.of(a, c), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0")));
  }

  @Test
  void changesWithEverySetting() throws Exception {
    List<GenerationRequest> variants = List.of(
        request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("q"), out, "1.0"),
        request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("p", true), out, "1.0"),
        request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("p"), dir.resolve("elsewhere"), "1.0"),
        request(List.of(a), new SchemaOptions(IdPolicy.WARN, Set.of()), new GeneratorOptions("p"), out, "1.0"),
        request(List.of(a), new SchemaOptions(IdPolicy.TRUST, Set.of()), new GeneratorOptions("p"), out, "1.0"),
        request(List.of(a), new SchemaOptions(IdPolicy.STRICT, Set.of("point")), new GeneratorOptions("p"), out, "1.0"),
        request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0+abc"),
        request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0")
            .withDocsFile(dir.resolve("missing.docs.json")));
    for (GenerationRequest variant : variants) {
      assertNotEquals(original, digest(variant), variant.toString());
    }
  }

  @Test
  void changesWithTheDocsFilesContent() throws Exception {
    Path docs = Files.writeString(dir.resolve("a.docs.json"), "{}");
    GenerationRequest withDocs =
        request(List.of(a), SchemaOptions.DEFAULT, new GeneratorOptions("p"), out, "1.0").withDocsFile(docs);
    String before = digest(withDocs);
    Files.writeString(docs, "{ }");
    assertNotEquals(before, digest(withDocs));
  }

  @Test
  void doesNotDependOnTheOrderOfTheAllowedMismatchesNorOnTheStateFile() throws Exception {
    GenerationRequest xy = request(List.of(a), new SchemaOptions(IdPolicy.STRICT, Set.of("x", "y")),
        new GeneratorOptions("p"), out, "1");
    GenerationRequest yx = new GenerationRequest(List.of(a), new SchemaOptions(IdPolicy.STRICT, Set.of("y", "x")),
        new GeneratorOptions("p"), Optional.empty(), out, dir.resolve("other.state"), "1");
    assertEquals(digest(xy), digest(yx));
  }
}

package dev.tlkit.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.Callers;
import dev.tlkit.codegen.docs.DefinitionDocs;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.codegen.docs.FunctionError;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sites of schemas other than Telegram's, and of docs texts that try to run something. */
class SchemaSiteTest {
  @TempDir
  Path out;

  static Schema resource(String file, Set<String> mismatches) {
    return new SchemaLoader(SchemaOptions.DEFAULT.withAllowedIdMismatches(mismatches))
        .add(Path.of("src", "test", "resources", "schemas", file)).load();
  }

  @Test
  void aTdlibSchemaGetsItsSiteDocumentedByItsComments() throws IOException {
    Schema schema = resource("tdlib-e2e_api.tl", Set.of());
    Site.Summary s = Site.write(new Site.Input(schema, ApiDocs.EMPTY, new GeneratorOptions("org.example.e2e"),
        List.of(), "TDLib e2e"), out);
    assertTrue(s.files() > 50, "files: " + s.files());
    Document index = SitePage.parse(out.resolve("index.html"));
    assertTrue(index.selectFirst("section#summary").text().contains("org.example.e2e"));
    schema.constructors().stream().filter(c -> !c.isBuiltin()).forEach(c -> {
      Document d = SitePage.parse(out.resolve("constructor/" + c.key().replace(':', '-') + ".html"));
      assertNotNull(d.selectFirst("section#example pre code.language-java"), c.name());
      assertNull(d.selectFirst("section#history"), "a schema without history shows none: " + c.name());
    });
    assertFalse(index.select("section#summary").text().contains("Layer history"));
  }

  @Test
  void aTonSchemaGetsItsSite() throws IOException {
    Schema schema = resource("ton-lite_api.tl",
        Set.of("liteServer.transactionId", "liteServer.signatureSet.ordinary", "liteServer.getValidatorStats"));
    Site.write(new Site.Input(schema, ApiDocs.EMPTY, new GeneratorOptions("org.ton.lite"), List.of(), "TON lite"), out);
    Document d = SitePage.parse(out.resolve("function/liteServer.getBlockHeader.html"));
    String example = d.selectFirst("section#example pre code").text();
    assertTrue(example.startsWith("LiteServerGetBlockHeader request = LiteServerGetBlockHeader.builder()"), example);
    assertTrue(d.selectFirst("section#result").text().contains("liteServer.BlockHeader"));
  }

  @Test
  void theSameSchemaGivesTheSameFiles() {
    Schema schema = resource("tdlib-e2e_api.tl", Set.of());
    Site.Input input = new Site.Input(schema, ApiDocs.EMPTY, new GeneratorOptions("e2e"), List.of(), "e2e");
    Map<String, byte[]> first = Site.render(input);
    Map<String, byte[]> second = Site.render(input);
    assertEquals(first.keySet(), second.keySet());
    first.forEach((k, v) -> assertArrayEquals(v, second.get(k), k));
  }

  @Test
  void writingAgainDeletesPagesTheSchemaNoLongerHas() throws IOException {
    Schema schema = resource("tdlib-e2e_api.tl", Set.of());
    Site.Input input = new Site.Input(schema, ApiDocs.EMPTY, new GeneratorOptions("e2e"), List.of(), "e2e");
    Site.write(input, out);
    Path stale = out.resolve("function/gone.html");
    Files.writeString(stale, "<html></html>");
    Path index = out.resolve("index.html");
    byte[] before = Files.readAllBytes(index);
    Site.write(input, out);
    assertFalse(Files.exists(stale), "a page of a definition the schema no longer has");
    assertArrayEquals(before, Files.readAllBytes(index));
  }

  /** What a hostile or careless docs file could put in a page comes out as text. */
  @Test
  void docsTextCannotAddScriptsOrAttributes() throws IOException {
    Schema schema = new SchemaLoader(SchemaOptions.DEFAULT.withIdPolicy(IdPolicy.TRUST)).add("x.tl", """
        ping#7abe77ec ping_id:long = Pong;
        pong#347773c5 msg_id:long ping_id:long = Pong;
        ---functions---
        doPing#11111111 ping_id:long = Pong;
        """).load();
    String evil = "<script>alert(1)</script> <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a>"
        + " <b onclick=\"alert(4)\">bold</b> </section><iframe src=\"https://evil\"></iframe>";
    ApiDocs docs = new ApiDocs(null, "test", Map.of("Pong", evil),
        Map.of("doPing", new DefinitionDocs(evil, Map.of("ping_id", evil), Callers.BOTH,
            List.of(new FunctionError("EVIL_<script>", 400, evil)))),
        Map.of("EVIL_<script>", new ErrorDoc("EVIL_<script>", 400, evil, "")));
    Site.write(new Site.Input(schema, docs, new GeneratorOptions("x"), List.of(), "<script>x</script>"), out);
    try (var files = Files.walk(out)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Document d = SitePage.parse(p);
        assertEquals(2, d.select("script").size(), p.toString());
        assertTrue(d.select("script:not([src])").isEmpty(), p.toString());
        assertTrue(d.select("iframe, img, [onerror], [onclick]").isEmpty(), p.toString());
        assertTrue(d.select("a[href^=javascript]").isEmpty(), p.toString());
      }
    }
    Document page = SitePage.parse(out.resolve("function/doPing.html"));
    assertTrue(page.selectFirst("section#description").text().contains("<script>alert(1)</script>"),
        "the text is shown as text");
    assertEquals("bold", page.selectFirst("section#description b").text());
    assertNotNull(page.selectFirst("section#example"), "the page's own sections survive a stray </section>");
  }
}

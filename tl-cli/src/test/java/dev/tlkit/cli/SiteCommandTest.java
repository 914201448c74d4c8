package dev.tlkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.cli.DocCommandTest.Run;
import dev.tlkit.cli.vectors.BundledSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tlc site}: the bundled Telegram API's site, and the site of a TDLib schema. */
class SiteCommandTest {
  @TempDir
  Path tmp;

  @Test
  void theBundledApiGetsItsSiteWithHistory() throws IOException {
    Path out = tmp.resolve("site");
    Run r = DocCommandTest.run("site", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("open file:"), r.out());
    String page = Files.readString(out.resolve("function/phone.requestCall.html"));
    assertTrue(page.contains("<section id=\"example\">"), "example");
    assertTrue(page.contains("Bots: cannot use this method"), "callers");
    assertTrue(page.contains("<section id=\"history\">"), "history");
    assertTrue(page.contains("id 42ff96ed -&gt; a6c4600c in 198"), "history from the bundled layers");
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    assertTrue(Files.isRegularFile(out.resolve("search-index.js")));
  }

  @Test
  void aTdlibSchemaGetsItsSite() throws Exception {
    Path schema = Path.of(SiteCommandTest.class.getResource("/schemas/tdlib-e2e_api.tl").toURI());
    Path out = tmp.resolve("e2e");
    Run r = DocCommandTest.run("site", "--out", out.toString(), "--schema", schema.toString(),
        "--package", "org.example.e2e");
    assertEquals(0, r.exitCode(), r.err());
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("org.example.e2e"), index);
    assertTrue(index.contains("<title>tdlib-e2e_api.tl"), index);
    try (Stream<Path> pages = Files.list(out.resolve("constructor"))) {
      assertTrue(pages.count() > 20);
    }
    assertFalse(Files.readString(out.resolve("constructor/e2e.chain.block.html")).contains("id=\"history\""));
  }

  @Test
  void docsAndHistoryNeedASchema() {
    Run r = DocCommandTest.run("site", "--out", tmp.toString(), "--docs", "x.json");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--docs and --history go with --schema"), r.err());
  }

  /** The jar cannot list its folders: the bundled layers are named, and must be those of schema/history. */
  @Test
  void theBundledLayersAreTheFoldersOfSchemaHistory() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("..", "schema", "history"))) {
      List<String> folders = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(folders, BundledSchema.HISTORY);
    }
  }
}

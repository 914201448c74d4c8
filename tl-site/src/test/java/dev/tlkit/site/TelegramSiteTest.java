package dev.tlkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Telegram API's site, page by page: every definition, type and error has its page with its
 * sections, every link inside the site resolves, and nothing from the docs text runs.
 */
class TelegramSiteTest {
  private static Schema schema;
  private static final Map<Path, Document> pages = new HashMap<>();

  @BeforeAll
  static void writeSite() throws IOException {
    TelegramSite.site();
    schema = TelegramSite.schema();
    try (Stream<Path> files = Files.walk(TelegramSite.OUT)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        pages.put(p.toAbsolutePath().normalize(), SitePage.parse(p));
      }
    }
  }

  private static Document page(String path) {
    Document d = pages.get(TelegramSite.OUT.resolve(path).toAbsolutePath().normalize());
    assertNotNull(d, "no page " + path);
    return d;
  }

  private static void assertSections(Document d, String what, String... ids) {
    for (String id : ids) {
      assertNotNull(d.selectFirst("section#" + id), what + " has no section " + id);
    }
  }

  @Test
  void everyFunctionAndConstructorHasAPageWithAnExampleAndItsSections() {
    int functions = 0;
    int constructors = 0;
    List<Combinator> all = new ArrayList<>(schema.functions());
    all.addAll(schema.constructors());
    for (Combinator c : all) {
      if (c.isBuiltin()) {
        continue;
      }
      String folder = c.isFunction() ? "function/" : "constructor/";
      // A scoped definition (mtproto.tl's own message) is scope-name.html.
      Document d = page(folder + c.key().replace(':', '-') + ".html");
      assertEquals(c.name(), d.selectFirst("h1").ownText(), "the heading of " + c.name());
      if (c.isFunction()) {
        functions++;
        assertSections(d, c.name(), "description", "example", "parameters", "result", "errors",
            "callers", "definition");
      } else {
        constructors++;
        assertSections(d, c.name(), "description", "example", "parameters", "type", "definition");
      }
      Element code = d.selectFirst("section#example pre > code.language-java");
      assertNotNull(code, c.name() + " has no Java example");
      assertTrue(code.text().contains(".toBytes()"), c.name() + ": " + code.text());
      assertFalse(d.select("section#example table.wire td code").isEmpty(), c.name() + " shows no bytes");
      assertTrue(d.selectFirst("section#definition").text().contains(c.idHex()), c.name());
      // api.tl has earlier layers beside it; mtproto.tl has none.
      boolean api = c.location().file().endsWith("api.tl");
      assertEquals(api, d.selectFirst("section#history") != null, c.name() + " (" + c.location() + ")");
    }
    // The numbers issue 19 names: every function and constructor of layer 228 but the builtins.
    assertTrue(functions >= 816, "functions: " + functions);
    assertTrue(constructors >= 1696, "constructors: " + constructors);
  }

  @Test
  void everyTypeAndErrorHasItsPage() {
    for (TlType t : schema.types()) {
      assertSections(page("type/" + t.name() + ".html"), t.name(),
          "description", "java", "constructors", "returned-by", "taken-by", "contained-in");
    }
    Document catalogue = page("errors.html");
    Elements rows = catalogue.select("section#catalogue tbody tr");
    assertTrue(rows.size() > 500, "errors: " + rows.size());
    for (Element row : rows) {
      String href = row.selectFirst("a").attr("href");
      assertSections(page(href), href, "description", "functions");
    }
  }

  @Test
  void everyLinkAndAnchorInsideTheSiteResolves() {
    int checked = 0;
    for (Map.Entry<Path, Document> e : pages.entrySet()) {
      List<String> targets = new ArrayList<>();
      e.getValue().select("a[href]").forEach(a -> targets.add(a.attr("href")));
      e.getValue().select("link[href]").forEach(a -> targets.add(a.attr("href")));
      e.getValue().select("script[src]").forEach(a -> targets.add(a.attr("src")));
      for (String href : targets) {
        if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
          continue;
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        Path target = file.isEmpty() ? e.getKey() : e.getKey().getParent().resolve(file).normalize();
        assertTrue(Files.isRegularFile(target), e.getKey() + " links to missing " + href);
        if (hash >= 0) {
          Document d = pages.get(target);
          assertNotNull(d, e.getKey() + ": " + href);
          assertNotNull(d.getElementById(href.substring(hash + 1)), e.getKey() + " links to missing anchor " + href);
        }
        checked++;
      }
    }
    assertTrue(checked > 40_000, "links checked: " + checked);
  }

  @Test
  void theOnlyScriptsAreTheSearchAndNoElementHasAnEventHandler() {
    for (Map.Entry<Path, Document> e : pages.entrySet()) {
      Elements scripts = e.getValue().select("script");
      assertEquals(2, scripts.size(), e.getKey().toString());
      assertTrue(scripts.get(0).attr("src").endsWith("search-index.js"), e.getKey().toString());
      assertTrue(scripts.get(1).attr("src").endsWith("search.js"), e.getKey().toString());
      assertTrue(e.getValue().select("[onerror], [onclick], [onload], [onmouseover], iframe, object, embed, img")
          .isEmpty(), e.getKey().toString());
      for (Element a : e.getValue().select("a[href]")) {
        assertFalse(a.attr("href").trim().toLowerCase().startsWith("javascript:"), e.getKey() + ": " + a);
      }
    }
  }

  /** Everything GramJS's page of phone.requestCall has, and what it lacks. */
  @Test
  void phoneRequestCallHasTheSeedPageAndMore() {
    Document d = page("function/phone.requestCall.html");
    assertTrue(d.selectFirst("section#description").text().startsWith("Start a telegram phone call"));
    String example = d.selectFirst("section#example pre code.language-java").text();
    assertTrue(example.startsWith("PhoneRequestCall request = PhoneRequestCall.builder()"), example);
    assertTrue(example.contains(".userId(InputUser.builder()"), example);
    assertTrue(example.contains("byte[] bytes = request.toBytes();"), example);
    assertTrue(d.selectFirst("section#example").text().contains(
        "imports dev.tlkit.telegram.*, dev.tlkit.runtime.* and java.util.*"));
    Elements wire = d.select("section#example table.wire tbody tr");
    assertEquals("constructor id 42ff96ed", wire.get(0).child(0).text());
    assertEquals("ed96ff42", wire.get(0).child(1).text());
    assertEquals("flags", wire.get(1).child(0).text());
    Elements params = d.select("section#parameters tbody tr");
    assertEquals(List.of("video", "user_id", "random_id", "g_a_hash", "protocol"),
        params.stream().map(r -> r.child(0).text()).toList());
    for (Element row : params) {
      assertFalse(row.child(5).text().isEmpty(), "no description of " + row.child(0).text());
    }
    assertEquals("../type/InputUser.html", params.get(1).child(2).selectFirst("a").attr("href"));
    assertEquals("TypeInputUser", params.get(1).child(3).text());
    assertTrue(d.selectFirst("section#result").text().contains("phone.PhoneCall"));
    Elements errors = d.select("section#errors table.errors tbody tr");
    assertTrue(errors.size() >= 5, errors.toString());
    assertTrue(errors.stream().anyMatch(r -> r.child(0).text().equals("400")
        && r.child(1).text().equals("CALL_PROTOCOL_FLAGS_INVALID")));
    assertTrue(d.selectFirst("section#callers").text().contains("Bots: cannot use this method"));
    assertEquals("dev.tlkit.telegram.PhoneRequestCall",
        d.select("section#definition dd").get(2).text());
    String history = d.selectFirst("section#history").text();
    assertTrue(history.contains("In layers: 181 198 223 228"), history);
    assertTrue(history.contains("id 42ff96ed -> a6c4600c in 198"), history);
    assertTrue(history.contains("conference_call added in 198, gone in 223"), history);
  }

  @Test
  void typesListWhatReturnsTakesAndContainsThem() {
    Document inputUser = page("type/InputUser.html");
    assertTrue(inputUser.select("section#taken-by a").stream().anyMatch(a -> a.text().equals("phone.requestCall")));
    assertTrue(inputUser.select("section#contained-in a").stream().anyMatch(a -> a.text().equals("inputPeerUserFromMessage")
        || a.text().equals("inputMediaContact") || a.text().startsWith("input")));
    assertTrue(inputUser.select("section#constructors a").stream().anyMatch(a -> a.text().equals("inputUser")));
    Document phoneCall = page("type/phone.PhoneCall.html");
    assertTrue(phoneCall.select("section#returned-by a").stream().anyMatch(a -> a.text().equals("phone.requestCall")));
    Document error = page("error/CALL_PROTOCOL_FLAGS_INVALID.html");
    assertTrue(error.select("section#functions a").stream().anyMatch(a -> a.text().equals("phone.requestCall")));
    assertEquals("400", error.select("section#description dd").get(0).text());
  }

  @Test
  void theIndexGivesLayerCountsAndNamespaces() {
    Document index = page("index.html");
    String summary = index.selectFirst("section#summary").text();
    assertTrue(summary.contains("Layer 228"), summary);
    assertTrue(summary.contains("Layer history 181 198 223 228"), summary);
    assertNotNull(index.selectFirst("section#ns-phone"));
    assertTrue(index.select("section#ns-phone a").stream().anyMatch(a -> a.text().equals("phone.requestCall")));
    Document wait = page("error/FLOOD_WAIT_X.html");
    assertTrue(wait.selectFirst("section#description").text().contains("%d"), wait.text());
  }

  @Test
  void aDefinitionOfMtprotoHasNoHistory() {
    assertNull(page("constructor/resPQ.html").selectFirst("section#history"));
  }
}

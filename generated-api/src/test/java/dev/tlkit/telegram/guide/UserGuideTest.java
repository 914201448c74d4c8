package dev.tlkit.telegram.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user guide (README.md and docs/*.md) as a reader meets it: every relative link leads to a
 * file, every {@code #anchor} to a heading, every page of docs/ has its contents list, and the
 * README stays short enough to be read first.
 */
class UserGuideTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.+)$");

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void everyRelativeLinkResolvesToAFileAndAHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      for (String target : links(page)) {
        if (target.matches("[a-z]+:.*")) {
          continue; // https:, mailto:: not ours to check offline
        }
        links++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
        } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
          broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(links > 50, "only " + links + " relative links found: is the pattern wrong?");
  }

  @Test
  void everyPageOfTheGuideStartsWithItsContents() throws IOException {
    for (Path page : pages()) {
      if (page.getFileName().toString().equals("README.md")) {
        continue;
      }
      List<String> lines = Files.readAllLines(page);
      assertTrue(lines.get(0).startsWith("# "), page + " has no title");
      int contents = lines.indexOf("Contents:");
      assertTrue(contents > 0, page + " has no contents list");
      // Every heading of the page is listed, in order (links are checked above).
      List<String> listed = new ArrayList<>();
      for (String line : lines.subList(contents + 1, lines.size())) {
        if (line.startsWith("## ")) {
          break;
        }
        Matcher m = Pattern.compile("^\\s*- \\[.*\\]\\(#([^)]+)\\)$").matcher(line);
        if (m.matches()) {
          listed.add(m.group(1));
        }
      }
      assertEquals(headingAnchors(page, 2), listed, page + ": the contents list and the headings differ");
    }
  }

  /**
   * The README's example is the consumer project that the integration tests build and run
   * (src/it/consumer), file for file: what a user copies is what was tested.
   */
  @Test
  void theReadmeExampleIsTheConsumerProjectThatIsBuiltAndRun() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Path consumer = ROOT.resolve("generated-api/src/it/consumer");
    assertEquals(Files.readString(consumer.resolve("pom.xml")), block(readme, "`pom.xml`:", "xml"));
    assertEquals(Files.readString(consumer.resolve("src/main/java/com/example/Main.java")),
        block(readme, "`src/main/java/com/example/Main.java`:", "java"));
  }

  /** The fenced block of {@code language} that follows the first line ending with {@code label}. */
  static String block(String page, String label, String language) {
    Matcher m = Pattern.compile("(?m)" + Pattern.quote(label) + "\\n\\n```" + language + "\\n(.*?\\n)```\\n",
        Pattern.DOTALL).matcher(page);
    assertTrue(m.find(), "no ```" + language + " block after " + label);
    return m.group(1);
  }

  @Test
  void theReadmeIsShort() throws IOException {
    long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
    assertTrue(lines < 250, "README.md has " + lines + " lines; move the detail into docs/");
  }

  static List<String> links(Path page) throws IOException {
    List<String> targets = new ArrayList<>();
    boolean fence = false;
    for (String line : Files.readAllLines(page)) {
      if (line.strip().startsWith("```")) {
        fence = !fence;
      }
      if (!fence) {
        Matcher m = LINK.matcher(line);
        while (m.find()) {
          targets.add(m.group(1));
        }
      }
    }
    return targets;
  }

  /** The anchors GitHub gives a page's headings of level 2 and below ({@code minLevel} 2). */
  static List<String> headingAnchors(Path page, int minLevel) throws IOException {
    List<String> anchors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean fence = false;
    for (String line : Files.readAllLines(page)) {
      if (line.strip().startsWith("```")) {
        fence = !fence;
      }
      Matcher m = HEADING.matcher(line);
      if (!fence && m.matches() && m.group(1).length() >= minLevel) {
        String slug = slug(m.group(2));
        String unique = slug;
        for (int i = 1; !seen.add(unique); i++) {
          unique = slug + "-" + i;
        }
        anchors.add(unique);
      }
    }
    return anchors;
  }

  private static Set<String> anchors(Path page) throws IOException {
    return page.toString().endsWith(".md") ? new HashSet<>(headingAnchors(page, 1)) : Set.of();
  }

  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
  static String slug(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
  }
}

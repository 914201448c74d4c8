package dev.tlkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell sessions of the user guide (README.md and docs/*.md) run as written and print what
 * the guide shows. In a fenced block, each line {@code $ COMMAND} is run by bash, from a copy of
 * the project root, one block per shell (so {@code OLD=...} and files made by one command serve
 * the next), and the lines under it, up to the next {@code $}, are its output: standard output and
 * standard error as a terminal shows them. {@code $ cat FILE} shows a small file the guide made;
 * the test writes it from the lines shown. {@code tlc.jar} is this module's classes, run as
 * {@code dev.tlkit.cli.Tlc}, since tests run before the jar is packaged.
 *
 * <p>Where the guide trims, {@code …} stands for any text within a line, and a line of its own
 * for any number of lines. A command that the guide trims itself ({@code …same arguments…}) or
 * that needs more than this project ({@code ../shared}, a Maven build) is not run.
 */
class GuideCommandsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String TLC_JAR = "java -jar tl-cli/target/tlc.jar";
  private static final String MARK = "@@guide-step ";

  @TempDir
  Path work;

  /** One {@code $} line with the output the guide shows for it. */
  record Step(String command, List<String> expected) {}

  @Test
  void everyCommandOfTheGuidePrintsWhatTheGuideShows() throws Exception {
    try (Stream<Path> top = Files.list(ROOT)) {
      for (Path entry : top.toList()) {
        Files.createSymbolicLink(work.resolve(entry.getFileName()), entry);
      }
    }
    Files.createDirectories(work.resolve("tmp"));
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (Path page : pages()) {
      for (List<String> block : blocks(page)) {
        List<Step> steps = steps(block);
        if (steps.stream().noneMatch(s -> s.command().contains(TLC_JAR))) {
          continue;
        }
        List<List<String>> outputs = run(steps);
        for (int i = 0; i < steps.size(); i++) {
          Step step = steps.get(i);
          ran++;
          if (!matches(step.expected(), outputs.get(i))) {
            failures.add(ROOT.relativize(page) + ": $ " + step.command() + "\nthe guide shows:\n"
                + String.join("\n", step.expected()) + "\nit printed:\n" + String.join("\n", outputs.get(i)));
          }
        }
      }
    }
    assertEquals("", String.join("\n\n", failures));
    assertTrue(ran >= 25, "only " + ran + " commands of the guide were run: is the block syntax changed?");
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The fenced blocks of a page, as lines. */
  static List<List<String>> blocks(Path page) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(page)) {
      if (line.strip().startsWith("```")) {
        if (current == null) {
          current = new ArrayList<>();
        } else {
          blocks.add(current);
          current = null;
        }
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  /** The steps of a block that can run here; files shown with {@code $ cat} are written first. */
  private List<Step> steps(List<String> block) throws IOException {
    List<Step> steps = new ArrayList<>();
    boolean skipped = false;
    for (int i = 0; i < block.size(); i++) {
      if (!block.get(i).startsWith("$ ")) {
        continue;
      }
      StringBuilder command = new StringBuilder(block.get(i).substring(2));
      while (command.toString().endsWith("\\") && i + 1 < block.size()) {
        command.setLength(command.length() - 1);
        command.append(block.get(++i).strip().isEmpty() ? "" : " " + block.get(i).strip());
      }
      List<String> expected = new ArrayList<>();
      while (i + 1 < block.size() && !block.get(i + 1).startsWith("$ ")) {
        expected.add(block.get(++i));
      }
      while (!expected.isEmpty() && expected.get(expected.size() - 1).isBlank()) {
        expected.remove(expected.size() - 1);
      }
      String c = command.toString().strip();
      if (c.startsWith("cat ") && !c.contains("|") && !c.contains(">")) {
        Files.write(work.resolve(c.substring(4).strip()), expected, StandardCharsets.UTF_8);
      }
      boolean runnable = !c.contains("…") && !c.contains("../shared") && !c.startsWith("mvn ")
          && !c.startsWith("cd ");
      // An exit code belongs to the command before it: not run, not asked.
      if (runnable && !(skipped && c.equals("echo $?"))) {
        steps.add(new Step(c, expected));
      }
      skipped = !runnable;
    }
    return steps;
  }

  /** Runs the steps in one bash, in the copy of the root, and returns each one's output lines. */
  private List<List<String>> run(List<Step> steps) throws IOException, InterruptedException {
    String tmp = work.resolve("tmp") + "/";
    StringBuilder script = new StringBuilder("exec 2>&1\n");
    for (int i = 0; i < steps.size(); i++) {
      String command = steps.get(i).command()
          .replace(TLC_JAR, "java -cp \"$TLC_CP\" dev.tlkit.cli.Tlc")
          .replace("/tmp/", tmp);
      // The marker keeps $? of the command for an `echo $?` step after it.
      script.append("__s=$?; echo '").append(MARK).append(i).append("'; (exit $__s)\n")
          .append(command).append('\n');
    }
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script.toString()).directory(work.toFile());
    pb.environment().put("TLC_CP", classPath());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process process = pb.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    List<List<String>> outputs = new ArrayList<>();
    for (String line : out.replace(tmp, "/tmp/").split("\n", -1)) {
      if (line.startsWith(MARK)) {
        outputs.add(new ArrayList<>());
      } else if (!outputs.isEmpty()) {
        outputs.get(outputs.size() - 1).add(line);
      }
    }
    for (List<String> o : outputs) {
      while (!o.isEmpty() && o.get(o.size() - 1).isBlank()) {
        o.remove(o.size() - 1);
      }
    }
    while (outputs.size() < steps.size()) {
      outputs.add(List.of("(not reached)"));
    }
    return outputs;
  }

  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  /** Whether {@code actual} is what {@code expected} shows, {@code …} standing for what was trimmed. */
  static boolean matches(List<String> expected, List<String> actual) {
    return matches(expected, 0, actual, 0);
  }

  private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
    if (e == expected.size()) {
      return a == actual.size();
    }
    String line = expected.get(e);
    if (line.strip().equals("…")) {
      for (int k = a; k <= actual.size(); k++) {
        if (matches(expected, e + 1, actual, k)) {
          return true;
        }
      }
      return false;
    }
    return a < actual.size() && lineMatches(line, actual.get(a)) && matches(expected, e + 1, actual, a + 1);
  }

  private static boolean lineMatches(String expected, String actual) {
    if (!expected.contains("…")) {
      return expected.equals(actual);
    }
    String regex = Stream.of(expected.split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
    return actual.matches(regex);
  }

  @Test
  void aTrimmedLineOrRunOfLinesMatchesWhatWasTrimmed() {
    assertTrue(matches(List.of("a", "…", "d"), List.of("a", "b", "c", "d")));
    assertTrue(matches(List.of("a", "…"), List.of("a")));
    assertTrue(matches(List.of("wrote 3 files in … s"), List.of("wrote 3 files in 5.7 s")));
    assertTrue(!matches(List.of("a", "d"), List.of("a", "b", "d")));
    assertTrue(!matches(List.of("wrote 3 files in … s"), List.of("wrote 4 files in 5.7 s")));
  }
}

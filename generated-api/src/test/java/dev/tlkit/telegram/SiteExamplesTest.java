package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.codegen.examples.Example;
import dev.tlkit.codegen.examples.Examples;
import dev.tlkit.runtime.TlObject;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the reference site, as a user would paste them: each is the body of a method
 * {@code void example() throws Exception} in a file that imports {@code dev.tlkit.telegram.*},
 * {@code dev.tlkit.runtime.*} and {@code java.util.*}. All of them compile in one javac run
 * against generated-api, each runs, its {@code toBytes()} gives the bytes the site shows, and
 * decoding those gives an equal object.
 */
class SiteExamplesTest {
  @TempDir
  Path work;

  @Test
  void everyExampleCompilesRunsAndRoundTrips() throws Exception {
    JavaModel model = JavaModel.of(RandomRoundTripTest.schema(), new GeneratorOptions("dev.tlkit.telegram"));
    Examples examples = Examples.of(model);
    List<Example> all = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    Path src = work.resolve("src/examples");
    Files.createDirectories(src);
    for (JavaRecord r : model.records()) {
      Example e = examples.of(r);
      String name = "Example" + all.size();
      StringBuilder file = new StringBuilder("package examples;\n\n");
      for (String i : examples.imports()) {
        file.append("import ").append(i).append(";\n");
      }
      file.append("\npublic class ").append(name).append(" implements java.util.function.Supplier<Object[]> {\n")
          .append("  private Object object;\n  private byte[] encoded;\n\n")
          .append("  void example() throws Exception {\n")
          .append(e.java().indent(4))
          .append("    this.object = ").append(e.variable()).append(";\n")
          .append("    this.encoded = bytes;\n")
          .append("  }\n\n")
          .append("  @Override\n  public Object[] get() {\n")
          .append("    try {\n      example();\n    } catch (Exception e) {\n      throw new IllegalStateException(e);\n    }\n")
          .append("    return new Object[] {object, encoded};\n  }\n}\n");
      Path p = src.resolve(name + ".java");
      Files.writeString(p, file, StandardCharsets.UTF_8);
      sources.add(p);
      all.add(e);
    }
    assertTrue(all.size() > 2500, "examples: " + all.size());
    ClassLoader classes = compile(sources, work.resolve("classes"));
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Example e = all.get(i);
      String tl = e.record().definition().name();
      try {
        @SuppressWarnings("unchecked")
        Supplier<Object[]> run = (Supplier<Object[]>) classes.loadClass("examples.Example" + i)
            .getConstructor().newInstance();
        Object[] result = run.get();
        byte[] bytes = (byte[]) result[1];
        if (!HexFormat.of().formatHex(bytes).equals(e.hex())) {
          failures.add(tl + ": toBytes() gives " + HexFormat.of().formatHex(bytes) + ", the site shows " + e.hex());
          continue;
        }
        // gzip_packed is never decoded as itself: reading one inflates its (here random) content.
        if (!tl.equals("gzip_packed")) {
          TlObject decoded = Tl.decode(bytes);
          if (!decoded.equals(result[0])) {
            failures.add(tl + ": decodes to " + decoded + ", not " + result[0]);
          }
        }
      } catch (ReflectiveOperationException | RuntimeException ex) {
        failures.add(tl + ": " + ex);
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
  }

  private static ClassLoader compile(List<Path> sources, Path out) throws IOException {
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-Xmaxerrs", "50",
          "-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
      boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          String at = d.getSource() == null ? "" : Path.of(d.getSource().getName()).getFileName() + ":" + d.getLineNumber() + ": ";
          errors.add(at + d.getMessage(Locale.ROOT));
        }
      }
      assertEquals(List.of(), errors, "the examples do not compile");
      assertTrue(ok, "javac failed");
    }
    return new URLClassLoader(new URL[] {out.toUri().toURL()}, SiteExamplesTest.class.getClassLoader());
  }
}

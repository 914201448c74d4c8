package dev.tlkit.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's javac, as a user's build would: {@code --release 17},
 * {@code -Xlint:all}, the test class path (which holds tl-runtime).
 */
final class Compiler {
  private Compiler() {}

  /** The outcome: javac's errors and warnings, and a class loader over the classes. */
  record Result(List<String> errors, List<String> warnings, ClassLoader classes) {
    Class<?> load(String name) {
      try {
        return Class.forName(name, true, classes);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
  }

  static Result compile(List<GeneratedFile> files, Path workDir) {
    try {
      Path src = workDir.resolve("src");
      Path out = workDir.resolve("classes");
      Files.createDirectories(out);
      List<Path> paths = new ArrayList<>();
      for (GeneratedFile f : files) {
        Path p = src.resolve(f.path());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.content(), StandardCharsets.UTF_8);
        if (f.path().endsWith(".java")) { // the shape table is a resource
          paths.add(p);
        }
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = List.of(
            "--release", "17", "-Xlint:all", "-Xmaxwarns", "10000", "-Xmaxerrs", "200",
            "-proc:none", "-implicit:none",
            "-classpath", System.getProperty("java.class.path"),
            "-d", out.toString());
        boolean ok = javac.getTask(null, fm, diagnostics, options, null,
            fm.getJavaFileObjectsFromPaths(paths)).call();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          String text = d.getSource() == null ? d.getMessage(Locale.ROOT)
              : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            errors.add(text);
          } else if (d.getKind() != Diagnostic.Kind.NOTE) {
            warnings.add(text);
          }
        }
        if (!ok && errors.isEmpty()) {
          errors.add("javac failed without a diagnostic");
        }
        ClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Compiler.class.getClassLoader());
        return new Result(errors, warnings, loader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

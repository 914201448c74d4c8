package dev.tlkit.maven;

import dev.tlkit.codegen.run.GenerationRun;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project directory for orchestrator tests: schemas in, generated sources out, a log to read. */
final class Workspace {
  static final String SCHEMA = """
      // LAYER 7
      boolFalse = Bool;
      boolTrue = Bool;
      vector {t:Type} # [ t ] = Vector t;

      point x:int y:int = Point;
      user flags:# id:long name:flags.0?string verified:flags.1?true tags:Vector<string> = User;
      userEmpty id:long = User;

      ---functions---

      users.getUsers ids:Vector<long> = Vector<User>;
      """;

  /** An old instant to stamp files with: a file rewritten afterwards can't keep it by chance. */
  static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  final Path root;
  final Path schemas;
  final Path out;
  final List<String> info = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final BuildLog log = new BuildLog() {
    @Override
    public void info(String message) {
      info.add(message);
    }

    @Override
    public void warn(String message) {
      warnings.add(message);
    }
  };

  Workspace(Path root) throws IOException {
    this.root = root;
    this.schemas = Files.createDirectories(root.resolve("src/main/tl"));
    this.out = root.resolve("target/generated-sources/tl");
  }

  Path schema(String name, String text) throws IOException {
    Path file = schemas.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  GenerateParameters request(String packageName) {
    return request(packageName, "default", out, SchemaOptions.DEFAULT, "1.0");
  }

  GenerateParameters request(String packageName, String executionId, Path output, SchemaOptions options,
      String version) {
    return new GenerateParameters(SchemaSources.scan(schemas, List.of("**/*.tl"), List.of()), packageName,
        output, options, root.resolve("target/tl-state/" + executionId + ".state"), version);
  }

  /** A request with a docs file, written under the project with this text. */
  GenerateParameters requestWithDocs(String packageName, String docsJson) throws IOException {
    Path docs = root.resolve("src/main/tl-docs/api.docs.json");
    Files.createDirectories(docs.getParent());
    Files.writeString(docs, docsJson, StandardCharsets.UTF_8);
    GenerateParameters r = request(packageName);
    return new GenerateParameters(r.sources(), r.packageName(), r.outputDirectory(), r.schemaOptions(),
        r.stateFile(), r.generatorVersion(), docs);
  }

  static SchemaOptions options(IdPolicy policy, String... allowed) {
    return new SchemaOptions(policy, Set.of(allowed));
  }

  GenerationRun.Result generate(GenerateParameters request) throws Exception {
    return new SchemaGeneration(log).run(request);
  }

  /** Every file under {@code dir}, relative, with its modification time and its bytes in hex. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> result = new TreeMap<>();
    MessageDigest sha256 = sha256();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        result.put(dir.relativize(p).toString().replace('\\', '/'),
            Files.getLastModifiedTime(p) + " " + HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(p))));
      }
    }
    return result;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Every file under {@code dir}, relative, with its modification time. */
  static Map<String, FileTime> files(Path dir) throws IOException {
    Map<String, FileTime> result = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return result;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        result.put(dir.relativize(p).toString().replace('\\', '/'), Files.getLastModifiedTime(p));
      }
    }
    return result;
  }

  /** Stamps every file under {@code dir} with {@link #LONG_AGO}. */
  static void age(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
  }

  String lastInfo() {
    return info.get(info.size() - 1);
  }
}

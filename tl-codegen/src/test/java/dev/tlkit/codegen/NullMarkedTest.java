package dev.tlkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.TlObject;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code nullMarked}, what may be null says so where compilers look (JSpecify's type-use
 * {@code @Nullable}, the package's {@code @NullMarked}); the code runs without the annotation jar.
 */
class NullMarkedTest {
  private static final String SCHEMA = """
      peerUser user_id:long = Peer;
      peerChat chat_id:long = Peer;
      message flags:# out:flags.1?true id:int from_id:flags.8?Peer text:string
          entities:flags.7?Vector<long> photo:flags.9?bytes = Message;
      messageEmpty flags:# id:int peer_id:flags.0?Peer = Message;
      """;

  private static Compiler.Result compile(boolean nullMarked, Path dir) {
    Schema schema = new SchemaLoader().add("m.tl", SCHEMA).load();
    List<GeneratedFile> files =
        new JavaGenerator(schema, new GeneratorOptions("p", nullMarked)).generate();
    Compiler.Result result = Compiler.compile(files, dir);
    assertEquals(List.of(), result.errors());
    assertEquals(List.of(), result.warnings());
    return result;
  }

  @Test
  void optionalComponentsAndTheirAccessorsAreNullable(@TempDir Path dir) throws Exception {
    Compiler.Result result = compile(true, dir);
    Class<?> message = result.load("p.Message");

    Map<String, Boolean> nullable = Arrays.stream(message.getRecordComponents())
        .collect(Collectors.toMap(RecordComponent::getName,
            c -> c.getAnnotatedType().isAnnotationPresent(Nullable.class)));
    assertEquals(Map.of("out", false, "id", false, "fromId", true, "text", false,
        "entities", true, "photo", true), nullable);
    assertTrue(message.getMethod("fromId").getAnnotatedReturnType().isAnnotationPresent(Nullable.class));
    assertTrue(result.load("p.package-info").isAnnotationPresent(NullMarked.class));
    // Shared by both constructors, absent in one: nullable on the interface.
    Method peer = result.load("p.TypeMessage").getMethod("id");
    assertFalse(peer.getAnnotatedReturnType().isAnnotationPresent(Nullable.class));
  }

  @Test
  void withoutTheOptionNothingIsAnnotated(@TempDir Path dir) {
    Compiler.Result result = compile(false, dir);

    assertTrue(Arrays.stream(result.load("p.Message").getRecordComponents())
        .noneMatch(c -> c.getAnnotatedType().getAnnotations().length > 0));
  }

  /** The annotations are for compilers: a class loader without the jar runs the code the same. */
  @Test
  void theCodeRunsWithoutTheAnnotationJar(@TempDir Path dir) throws Exception {
    compile(true, dir);
    URL classes = dir.resolve("classes").toUri().toURL();
    URL runtime = TlObject.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader bare = new URLClassLoader(new URL[] {classes, runtime},
        ClassLoader.getPlatformClassLoader())) {
      assertFalse(canLoad(bare, Nullable.class.getName()));
      Class<?> message = Class.forName("p.Message", true, bare);
      Object builder = message.getMethod("builder").invoke(null);
      builder.getClass().getMethod("id", Integer.TYPE).invoke(builder, 7);
      builder.getClass().getMethod("text", String.class).invoke(builder, "hi");
      Object built = builder.getClass().getMethod("build").invoke(builder);
      byte[] bytes = (byte[]) message.getMethod("toBytes").invoke(built);
      Object decoded = Class.forName("p.Tl", true, bare).getMethod("decode", byte[].class)
          .invoke(null, (Object) bytes);
      assertEquals(built, decoded);
      assertEquals(0, message.getRecordComponents()[2].getAnnotatedType().getAnnotations().length);
    }
  }

  private static boolean canLoad(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}

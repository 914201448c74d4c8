package dev.tlkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A component that every constructor of a type has, with one Java type, can be read through the
 * type's sealed interface: no {@code switch} over the constructors is needed.
 */
class SharedAccessorsTest {
  private static final String SCHEMA = """
      userEmpty id:long = User;
      user flags:# bot:flags.0?true id:long first_name:flags.1?string status:int = User;
      userDeleted flags:# bot:flags.0?true id:long status:long = User;
      """;

  @Test
  void everyConstructorsComponentOfOneJavaTypeIsOnTheInterface(@TempDir Path dir) throws Exception {
    Schema schema = new SchemaLoader().add("u.tl", SCHEMA).load();
    List<GeneratedFile> files = new JavaGenerator(schema, new GeneratorOptions("p")).generate();
    Compiler.Result result = Compiler.compile(files, dir);
    assertEquals(List.of(), result.errors());
    assertEquals(List.of(), result.warnings());

    Class<?> typeUser = result.load("p.TypeUser");
    // id is in all three, as a long; bot is not in userEmpty; status is an int in one, a long in
    // the other; first_name is in one only.
    assertEquals(List.of("id"), Arrays.stream(typeUser.getDeclaredMethods())
        .filter(m -> !m.getName().equals("decode")).map(Method::getName).toList());
    assertEquals(long.class, typeUser.getMethod("id").getReturnType());

    // userEmpty has one field: no builder, its constructor.
    Object user = result.load("p.UserEmpty").getConstructor(long.class).newInstance(42L);
    assertEquals(42L, typeUser.getMethod("id").invoke(user));
    assertThrows(NoSuchMethodException.class, () -> typeUser.getMethod("bot"));
  }
}

package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaField;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.codegen.JavaSealedInterface;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Telegram API is generated with nullness annotations: what Kotlin sees as {@code T?} and
 * IDEs check is exactly what may be null. Every public method of every generated class is looked
 * at: one that may return null (an optional field's accessor, a shared accessor where some
 * constructor's field is optional, {@code Tl.nameOf}) says {@code @Nullable}, and no other does.
 */
class NullnessTest {
  private static final JavaModel MODEL = RandomRoundTripTest.model(true);

  @Test
  void everyReturnThatMayBeNullSaysSoAndNoOtherDoes() throws Exception {
    Set<String> mayBeNull = new HashSet<>();
    List<Class<?>> classes = new ArrayList<>();
    for (JavaRecord r : MODEL.records()) {
      Class<?> type = Class.forName(r.className().canonicalName());
      classes.add(type);
      for (JavaField f : r.components()) {
        if (f.nullable()) {
          mayBeNull.add(type.getSimpleName() + "." + f.name());
        }
      }
      if (r.hasBuilder()) {
        classes.add(Class.forName(r.className().canonicalName() + "$Builder"));
      }
    }
    for (JavaSealedInterface i : MODEL.sealedInterfaces()) {
      Class<?> type = Class.forName(i.className().canonicalName());
      classes.add(type);
      for (JavaField a : i.accessors()) {
        if (a.nullable()) {
          mayBeNull.add(type.getSimpleName() + "." + a.name());
        }
      }
    }
    classes.add(Tl.class);
    classes.add(RpcErrors.class);
    classes.add(OlderLayers.class);
    mayBeNull.add("Tl.nameOf");
    mayBeNull.add("OlderLayers.classOf");

    Set<String> annotated = new HashSet<>();
    int looked = 0;
    for (Class<?> type : classes) {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()
            || m.getReturnType().isPrimitive()) {
          continue;
        }
        looked++;
        if (m.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)) {
          annotated.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertTrue(looked > 10_000, "looked at " + looked + " methods");
    assertEquals(mayBeNull, annotated);
  }

  @Test
  void whatSaysNullableIsNullWhereTheWireSaysAbsent() {
    TypeMessage message = Message.builder().id(1).peerId(new PeerUser(2))
        .date(3).message("").build();
    assertNull(((Message) message).fromId());
    assertNull(Tl.nameOf(0x12345678));
    assertFalse(MODEL.record(RandomRoundTripTest.schema().constructor("message").orElseThrow())
        .component("id").orElseThrow().nullable());
  }

  @Test
  void thePackageIsNullMarked() {
    assertTrue(Tl.class.getPackage().isAnnotationPresent(NullMarked.class));
  }
}

package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Telegram API is generated with nullness annotations: what Kotlin sees as {@code T?} and
 * IDEs check is exactly the optional fields.
 */
class NullnessTest {
  @Test
  void theOptionalComponentsOfMessageAreNullableAndNoOthers() throws Exception {
    List<String> nullable = Arrays.stream(Message.class.getRecordComponents())
        .filter(c -> c.getAnnotatedType().isAnnotationPresent(Nullable.class))
        .map(RecordComponent::getName).toList();

    assertTrue(nullable.containsAll(List.of("fromId", "replyTo", "media", "entities", "views")),
        nullable.toString());
    assertFalse(nullable.contains("id"));
    assertFalse(nullable.contains("message"));
    assertFalse(nullable.contains("out")); // a true flag is a boolean, never null
    assertTrue(Message.class.getMethod("fromId").getAnnotatedReturnType()
        .isAnnotationPresent(Nullable.class));
    assertEquals(null, Message.builder().id(1).peerId(PeerUser.builder().userId(2).build())
        .date(3).message("").build().fromId());
  }

  @Test
  void thePackageIsNullMarked() {
    assertTrue(Tl.class.getPackage().isAnnotationPresent(NullMarked.class));
  }
}

package dev.tlkit.schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks ids: an explicit id that differs from the computed one (see {@link IdPolicy}), and two
 * definitions with one id.
 *
 * <p>A definition whose explicit id is knowingly different from its text (one of Telegram's
 * {@link KnownIds}, allowed by name, by a {@code // tlkit:allow-id-mismatch} comment, or by a
 * lenient policy) may share its id with
 * another: TDLib's {@code telegram_api.tl} declares {@code invokeWithReCaptchaPrefix#adbb0f94
 * token:string = Error} on purpose with the id of {@code invokeWithReCaptcha}, to write the prefix
 * of that call. Two ids that both match their text are always an error.
 */
final class IdChecker {
  private final SchemaOptions options;
  private final ErrorCollector errors;

  IdChecker(SchemaOptions options, ErrorCollector errors) {
    this.options = options;
    this.errors = errors;
  }

  void check(List<SymbolTable.Declared> declared, Map<SymbolTable.Declared, Combinator> linked) {
    Map<Integer, Combinator> byId = new HashMap<>();
    Set<Combinator> pinned = new HashSet<>();
    for (SymbolTable.Declared d : declared) {
      Combinator c = linked.get(d);
      boolean mismatch = c.explicitId() && c.id() != c.computedId();
      boolean allowed = KnownIds.isKnown(c.name(), c.id())
          || d.element().allowIdMismatch()
          || options.allowedIdMismatches().contains(c.name())
          || options.allowedIdMismatches().contains(c.key());
      if (mismatch && !allowed) {
        reportMismatch(c, d);
      }
      if (mismatch && (allowed || options.idPolicy() != IdPolicy.STRICT)) {
        pinned.add(c);
      }
      Combinator other = byId.putIfAbsent(c.id(), c);
      if (other != null && !pinned.contains(c) && !pinned.contains(other)) {
        errors.error(c.location(), "id #" + c.idHex() + " of " + Linker.kindWord(d.element())
            + " '" + c.key() + "' is already used by '" + other.key() + "' at " + other.location());
      }
    }
  }

  private void reportMismatch(Combinator c, SymbolTable.Declared d) {
    String message = Linker.kindWord(d.element()) + " '" + c.key() + "' has id #" + c.idHex()
        + ", but its text gives #" + ConstructorIds.hex(c.computedId()) + " (CRC32 of \""
        + c.normalizedText() + "\")"
        + KnownIds.forName(c.name())
            .map(k -> "; tlkit knows Telegram's #" + ConstructorIds.hex(k.id()) + " for it")
            .orElse("");
    switch (options.idPolicy()) {
      case STRICT -> errors.error(c.location(), message + "; if the id is right, accept it with "
          + "'// tlkit:allow-id-mismatch' on the line before it, or by name: tlc's "
          + "--allow-id-mismatch, the Maven plugin's allowedIdMismatches");
      case WARN -> errors.warning(c.location(), message);
      case TRUST -> { }
    }
  }
}

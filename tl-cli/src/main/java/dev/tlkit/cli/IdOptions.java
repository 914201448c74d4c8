package dev.tlkit.cli;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.SchemaOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * How explicit constructor ids are checked: the options that every command reading a schema
 * ({@code check}, {@code generate}, {@code diff}, {@code decode --schema}) takes, the same way.
 */
final class IdOptions {
  @Option(
      names = "--id-policy",
      paramLabel = "POLICY",
      completionCandidates = IdPolicyNames.class,
      description = "What an explicit #id that differs from the computed one is: "
          + "strict (an error), warn (a warning) or trust (accepted silently); default: "
          + "${DEFAULT-VALUE}. Telegram's own known ids are accepted under every policy.")
  IdPolicy idPolicy;

  @Option(
      names = "--allow-id-mismatch",
      paramLabel = "NAME",
      split = ",",
      description = "Definitions whose explicit #id may differ from the computed one under any "
          + "policy, such as TON's liteServer.transactionId. Comma-separated, repeatable.")
  List<String> allowedIdMismatches = new ArrayList<>();

  /** Options whose policy is strict unless given: what check, generate and diff do. */
  IdOptions() {
    this(IdPolicy.STRICT);
  }

  /** Options with another default policy. */
  IdOptions(IdPolicy defaultPolicy) {
    this.idPolicy = defaultPolicy;
  }

  /** The id policy and allowed mismatches the options give. */
  SchemaOptions options() {
    return new SchemaOptions(idPolicy, new HashSet<>(allowedIdMismatches));
  }

  /**
   * The policy names as they are typed, for help and completion; {@link Tlc} accepts enum values
   * in any case.
   */
  static final class IdPolicyNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(IdPolicy.values())
          .map(p -> p.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}

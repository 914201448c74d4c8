package dev.tlkit.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What today's schema can make of bytes that an earlier layer wrote with one of its constructors
 * (or functions: a stored call reads by the same rules),
 * when today's schema no longer has that constructor under that id (its fields changed, so its id
 * did, or it is gone). Stored objects (a cached {@code user}, a saved {@code message}) are such
 * bytes after a layer update.
 *
 * <p>The rules, decided here once for the generator and for the diff's report:
 *
 * <ul>
 *   <li>Old bytes <b>upgrade</b> into today's constructor of the same name and type when every
 *       field of today's can be filled without guessing: it has a field of the same name in the
 *       old constructor whose type is the same or widened ({@code int} to {@code long}; a required
 *       field that became optional), or it may be absent (a {@code flags.N?T} or
 *       {@code flags.N?true} field), or it is computed ({@code #}). Fields only the old one had are
 *       dropped: {@link Upgrade#droppedFields()} names them.
 *   <li>Otherwise they keep the <b>old shape</b>: today has no constructor of that name, or not of
 *       that type, requires a field the old one lacks, or a field's type changed otherwise.
 *       {@link OldShape#reason()} says which, in words a diff report can print.
 * </ul>
 *
 * <p>From Telegram's own changes, layer 198 to 228: a {@code message} of 198 upgrades (228 only
 * added optional fields); a {@code phoneCall} upgrades, dropping {@code conference_call}; a
 * {@code user} or {@code channel} keeps its old shape, as {@code stories_max_id} changed from
 * {@code flags2.5?int} to {@code flags2.5?RecentStory}; a {@code dialog} does, as 228 requires
 * {@code unread_poll_votes_count:int}; a {@code broadcastRevenueBalances} does, as 228 has none.
 */
public sealed interface OldBytes permits OldBytes.Upgrade, OldBytes.OldShape {

  /** The earlier layer's constructor. */
  Combinator old();

  /**
   * The old bytes decode into today's constructor.
   *
   * @param old the earlier layer's constructor
   * @param today today's constructor of the same name
   * @param droppedFields the TL names of the old fields today's has not, in wire order: their values
   *     are read and dropped
   */
  record Upgrade(Combinator old, Combinator today, List<String> droppedFields) implements OldBytes {
    public Upgrade {
      Objects.requireNonNull(old, "old");
      Objects.requireNonNull(today, "today");
      droppedFields = List.copyOf(droppedFields);
    }

    /** True when no value of the old bytes is lost. */
    public boolean lossless() {
      return droppedFields.isEmpty();
    }
  }

  /**
   * The old bytes can only be kept in a record of the old constructor's shape.
   *
   * @param old the earlier layer's constructor
   * @param reason why today's constructor cannot hold them: {@code "the new one
   *     requires unread_poll_votes_count:int, which the old lacks"}
   */
  record OldShape(Combinator old, String reason) implements OldBytes {
    public OldShape {
      Objects.requireNonNull(old, "old");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Decides what bytes of {@code old} become under {@code today}.
   *
   * @param old a constructor of an earlier layer
   * @param today today's schema
   * @return an upgrade into today's constructor of the same name, or the old shape with its reason
   */
  static OldBytes of(Combinator old, Schema today) {
    // A function's call is stored too (a log of requests), and read by the same rules.
    Optional<Combinator> match = old.isFunction() ? today.function(old.key()) : today.constructorByKey(old.key());
    if (match.isEmpty()) {
      return new OldShape(old, "the new schema has no " + (old.isFunction() ? "function " : "constructor ")
          + old.name());
    }
    Combinator now = match.get();
    if (!now.resultType().toTl().equals(old.resultType().toTl())) {
      return new OldShape(old, "the new " + now.name() + " is a " + now.resultType().toTl()
          + ", not a " + old.resultType().toTl());
    }
    for (Parameter field : now.parameters()) {
      if (field.isFlags()) {
        continue; // computed from the fields present
      }
      Optional<Parameter> before = parameter(old, field.name());
      if (before.isEmpty()) {
        if (!field.isOptional()) {
          return new OldShape(old, "the new one requires " + field.toTl() + ", which the old lacks");
        }
        continue;
      }
      String mismatch = mismatch(before.get(), field);
      if (mismatch != null) {
        return new OldShape(old, mismatch);
      }
    }
    // Fields that share a bit today are set together: old bytes must have them together too.
    for (Parameter a : now.parameters()) {
      for (Parameter b : now.parameters()) {
        if (a != b && a.isOptional() && !a.isTrueFlag() && !b.isTrueFlag() && a.condition().equals(b.condition())
            && a.name().compareTo(b.name()) < 0) {
          Optional<Parameter> oa = parameter(old, a.name());
          Optional<Parameter> ob = parameter(old, b.name());
          if (oa.isPresent() != ob.isPresent() || oa.isPresent()
              && !Objects.equals(oa.get().condition(), ob.get().condition())) {
            return new OldShape(old, a.name() + " and " + b.name() + " share " + a.condition()
                + " now, and the old one has them apart");
          }
        }
      }
    }
    List<String> dropped = new ArrayList<>();
    for (Parameter field : old.parameters()) {
      if (!field.isFlags() && parameter(now, field.name()).isEmpty()) {
        dropped.add(field.name());
      }
    }
    return new Upgrade(old, now, dropped);
  }

  /** Why an old field's values cannot fill today's field of the same name, or null if they can. */
  private static String mismatch(Parameter before, Parameter now) {
    if (before.isFlags()) {
      return before.name() + " was a # field, now it is " + now.toTl();
    }
    if (before.isTrueFlag() != now.isTrueFlag()) {
      return before.name() + " changed from " + before.toTl() + " to " + now.toTl();
    }
    if (before.isOptional() && !now.isOptional()) {
      return before.name() + " was optional (" + before.toTl() + "), now it is required ("
          + now.toTl() + ")";
    }
    String was = before.type().toTl();
    String is = now.type().toTl();
    if (was.equals(is) || (was.equals("int") && is.equals("long"))) {
      return null;
    }
    return before.name() + " changed type from " + was + " to " + is;
  }

  private static Optional<Parameter> parameter(Combinator c, String name) {
    return c.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
  }
}

package dev.tlkit.diff;

import java.util.Objects;

/**
 * What one change means, with a one-line reason for each side: for the Java code generated from the
 * schema ({@link Source}) and for bytes written under the old schema ({@link Wire}). The rules that
 * decide it are in {@code CompatibilityRules}.
 *
 * @param source whether code using the generated classes' supported API still compiles and works
 * @param sourceWhy why, in one line
 * @param wire whether bytes written under the old schema are still read, with the same meaning
 * @param wireWhy why, in one line
 */
public record Impact(Source source, String sourceWhy, Wire wire, String wireWhy) {

  /** The impact on Java code that uses the generated classes. */
  public enum Source {
    COMPATIBLE,
    BREAKING
  }

  /** The impact on bytes written under the old schema. */
  public enum Wire {
    COMPATIBLE,
    INCOMPATIBLE
  }

  public Impact {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceWhy, "sourceWhy");
    Objects.requireNonNull(wire, "wire");
    Objects.requireNonNull(wireWhy, "wireWhy");
  }

  public boolean isBreaking() {
    return source == Source.BREAKING;
  }

  public boolean isWireIncompatible() {
    return wire == Wire.INCOMPATIBLE;
  }

  /** The same source impact, with another wire impact. */
  Impact withWire(Wire wire, String wireWhy) {
    return new Impact(source, sourceWhy, wire, wireWhy);
  }
}

package dev.tlkit.codegen;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * What the generator is asked to produce.
 *
 * @param packageName the Java package of every generated class
 * @param nullMarked whether optional components and accessors carry JSpecify's type-use
 *     {@code @Nullable} and the package says {@code @NullMarked}, so that Kotlin and IDEs see
 *     which values may be null. The annotations need {@code org.jspecify:jspecify} to compile,
 *     not to run.
 * @param naming how TL names become Java names; {@link NamingRules#STANDARD} unless a tool built
 *     on tl-codegen needs another scheme
 */
public record GeneratorOptions(String packageName, boolean nullMarked, NamingRules naming) {

  /** Options without nullness annotations, with the standard naming scheme. */
  public GeneratorOptions(String packageName) {
    this(packageName, false);
  }

  /** Options with the standard naming scheme. */
  public GeneratorOptions(String packageName, boolean nullMarked) {
    this(packageName, nullMarked, NamingRules.STANDARD);
  }

  public GeneratorOptions {
    if (packageName == null || !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException(
          "package '" + packageName + "' is not a valid Java package name");
    }
    Objects.requireNonNull(naming, "naming");
  }

  /** These options with another naming scheme. */
  public GeneratorOptions withNaming(NamingRules rules) {
    return new GeneratorOptions(packageName, nullMarked, rules);
  }
}

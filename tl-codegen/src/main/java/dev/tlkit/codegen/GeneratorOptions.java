package dev.tlkit.codegen;

import javax.lang.model.SourceVersion;

/**
 * What the generator is asked to produce.
 *
 * @param packageName the Java package of every generated class
 * @param nullMarked whether optional components and accessors carry JSpecify's type-use
 *     {@code @Nullable} and the package says {@code @NullMarked}, so that Kotlin and IDEs see
 *     which values may be null. The annotations need {@code org.jspecify:jspecify} to compile,
 *     not to run.
 */
public record GeneratorOptions(String packageName, boolean nullMarked) {

  /** Options without nullness annotations. */
  public GeneratorOptions(String packageName) {
    this(packageName, false);
  }

  public GeneratorOptions {
    if (packageName == null || !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException(
          "package '" + packageName + "' is not a valid Java package name");
    }
  }
}

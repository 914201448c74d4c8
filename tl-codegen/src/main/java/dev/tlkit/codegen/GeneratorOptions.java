package dev.tlkit.codegen;

import javax.lang.model.SourceVersion;

/**
 * What the generator is asked to produce.
 *
 * @param packageName the Java package of every generated class
 */
public record GeneratorOptions(String packageName) {

  public GeneratorOptions {
    if (packageName == null || !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException(
          "package '" + packageName + "' is not a valid Java package name");
    }
  }
}

package dev.tlkit.codegen;

/**
 * One generated source file.
 *
 * @param path the path relative to the output root, with {@code /} separators
 *     ({@code dev/tlkit/telegram/PhoneRequestCall.java})
 * @param content the file's text
 */
public record GeneratedFile(String path, String content) {}

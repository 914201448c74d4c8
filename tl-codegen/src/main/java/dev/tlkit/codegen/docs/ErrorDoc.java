package dev.tlkit.codegen.docs;

/**
 * One error of the catalogue.
 *
 * @param name {@code USER_PRIVACY_RESTRICTED}, or with {@code %d} where the server puts a number
 * @param code the code it comes with, such as 403
 * @param description what it means, in the docs text markup ({@link DocText}); "" if unknown
 * @param parameter for a {@code %d} error, what the number is ({@code seconds}); else ""
 */
public record ErrorDoc(String name, int code, String description, String parameter) {}

package dev.tlkit.codegen.docs;

/**
 * An error a function may answer, as the function's documentation lists it. The code and the
 * description are the function's own where its documentation gives them, else the catalogue's.
 *
 * @param name the error's name, as the catalogue writes it
 * @param code the code the function answers it with, or null for the catalogue's
 * @param description what it means for this function, or "" for the catalogue's description
 */
public record FunctionError(String name, Integer code, String description) {}

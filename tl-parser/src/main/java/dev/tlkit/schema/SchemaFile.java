package dev.tlkit.schema;

import java.util.OptionalInt;

/**
 * One source file of a schema, with what it declared: the counts {@code tlc check} prints.
 *
 * @param path the file name as given to the loader (used in every {@link Location})
 * @param layer the {@code // LAYER N} the file declares, if any
 * @param constructors definitions in type sections (builtin declarations included)
 * @param functions definitions in function sections
 * @param types boxed types that the file's constructors produce
 */
public record SchemaFile(String path, OptionalInt layer, int constructors, int functions, int types) {}

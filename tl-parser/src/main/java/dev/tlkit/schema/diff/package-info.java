/**
 * What changed between two versions of a schema: {@link dev.tlkit.schema.diff.SchemaDiff#compare}
 * gives {@link dev.tlkit.schema.diff.SchemaChanges}, each change classed by its
 * {@link dev.tlkit.schema.diff.Impact} on Java code generated from the schema and on bytes written
 * under the old one, and {@link dev.tlkit.schema.diff.ReportFormat} renders it as text, Markdown or
 * JSON. {@code tlc diff} and the {@code tl:diff} goal are thin layers over this package.
 */
package dev.tlkit.schema.diff;

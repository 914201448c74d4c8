/**
 * What changed between two versions of a schema: {@link dev.tlkit.diff.SchemaDiff#compare}
 * gives {@link dev.tlkit.diff.SchemaChanges}, each change classed by its
 * {@link dev.tlkit.diff.Impact} on Java code generated from the schema and on bytes written
 * under the old one, and {@link dev.tlkit.diff.ReportFormat} renders it as text, Markdown or
 * JSON. {@code tlc diff} and the {@code tl:diff} goal are thin layers over this package.
 */
package dev.tlkit.diff;

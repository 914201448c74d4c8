package dev.tlkit.diff;

/** How a definition or a type differs between the old and the new schema. */
public enum ChangeKind {
  /** Only in the new schema. */
  ADDED,
  /** Only in the old schema. */
  REMOVED,
  /** In both, different. */
  CHANGED
}

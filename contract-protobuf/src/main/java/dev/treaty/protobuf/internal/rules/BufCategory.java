package dev.treaty.protobuf.internal.rules;

/**
 * buf's breaking-change categories, strictest first. A user may choose one as a contract's
 * policy instead of a compatibility mode: every rule in the category then fails the build,
 * whatever its classification per direction.
 */
public enum BufCategory {
  /** Generated code keeps compiling: nothing is deleted or renamed, per file. */
  FILE,
  /** As {@link #FILE}, but elements may move between files of a package. */
  PACKAGE,
  /** Binary and JSON data keep their meaning. */
  WIRE_JSON,
  /** Binary data keeps its meaning. */
  WIRE
}

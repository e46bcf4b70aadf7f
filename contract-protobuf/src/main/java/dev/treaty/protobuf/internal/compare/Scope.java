package dev.treaty.protobuf.internal.compare;

import dev.treaty.model.FieldPath;

/** Which changes concern the payload, and where in its data each one is. */
public interface Scope {

  /** Every change, all at the root: the view of a whole module, as buf checks it. */
  Scope ALL = new Scope() {
    @Override
    public boolean includes(Subject subject) {
      return true;
    }

    @Override
    public FieldPath path(Subject subject) {
      return FieldPath.ROOT;
    }
  };

  /**
   * Whether a change about this subject concerns the payload.
   *
   * @param subject what changed
   * @return {@code true} to report it
   */
  boolean includes(Subject subject);

  /**
   * Where in the data the subject is.
   *
   * @param subject an included subject
   * @return the path; the root for files and packages
   */
  FieldPath path(Subject subject);
}

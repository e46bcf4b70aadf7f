package dev.treaty.protobuf.internal.compare;

import dev.treaty.protobuf.internal.read.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * Where a change is reported, following buf: in the current version's file, at the changed
 * element (or the part of it that changed, such as its type or its {@code json_name}), or at the
 * enclosing element that still exists when the element was deleted; only the file when nothing
 * encloses it; nowhere when the file itself is gone.
 *
 * @param file the current file's name in its descriptor, or {@code null}
 * @param span the element's span in that file, or {@code null}
 */
public record Place(@Nullable String file, @Nullable SourceSpan span) {

  /** No place in the current version. */
  public static final Place NOWHERE = new Place(null, null);
}

package dev.treaty.avro.internal.compare;

import dev.treaty.model.FieldPath;
import java.util.Objects;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A field of the old record and its counterpart in the new one, or a field that has none.
 *
 * @param older the old record's field, or {@code null} for an added field
 * @param newer the new record's field, or {@code null} for a removed field
 * @param matched the directions in which the reader's field reads the writer's (by name, or by
 *     the reader field's alias); a same-named pair matches both ways
 * @param aliasIgnored the directions in which the reader field's alias names the writer's field
 *     but Java's decoder does not apply it, because the records' full names differ
 * @param olderPointer the old field's JSON pointer, or {@code null}
 * @param newerPointer the new field's JSON pointer, or {@code null}
 */
public record FieldMatch(
    Schema.@Nullable Field older,
    Schema.@Nullable Field newer,
    Directions matched,
    Directions aliasIgnored,
    @Nullable String olderPointer,
    @Nullable String newerPointer) {

  /** Validates the match. */
  public FieldMatch {
    if (older == null && newer == null) {
      throw new IllegalArgumentException("a field match needs a field");
    }
    Objects.requireNonNull(matched, "matched");
    Objects.requireNonNull(aliasIgnored, "aliasIgnored");
  }

  /**
   * The field's path relative to its record: the new name, or the old one when removed.
   *
   * @return the one-segment path
   */
  public FieldPath path() {
    return FieldPath.ofFields(newer != null ? newer.name() : Objects.requireNonNull(older).name());
  }

  /**
   * The pointer to report: the new field's, or the old one's when removed.
   *
   * @return the pointer, or {@code null}
   */
  public @Nullable String pointer() {
    return newer != null ? newerPointer : olderPointer;
  }
}

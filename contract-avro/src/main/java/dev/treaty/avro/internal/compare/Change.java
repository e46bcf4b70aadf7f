package dev.treaty.avro.internal.compare;

import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finding in the making: what a rule saw, at a path relative to the place whose comparison
 * produced it, so that a memoized comparison of a named type can be replayed under every path
 * that reaches it.
 *
 * @param rule the rule
 * @param path where in the data, relative to the comparison's place
 * @param pointer where in the schema file (the new side, or the old side for what was removed)
 * @param oldValue the previous value, or {@code null}
 * @param newValue the new value, or {@code null}
 * @param values further message placeholders ({@code name}, {@code detail})
 * @param backward classification for readers of the new schema reading old data
 * @param forward classification for readers of the old schema reading new data
 */
public record Change(
    AvroRule rule,
    FieldPath path,
    @Nullable String pointer,
    @Nullable String oldValue,
    @Nullable String newValue,
    Map<String, String> values,
    Classification backward,
    Classification forward) {

  /** Validates the change. */
  public Change {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    values = Map.copyOf(values);
    Objects.requireNonNull(backward, "backward");
    Objects.requireNonNull(forward, "forward");
  }

  /**
   * The change seen from one step further up.
   *
   * @param segment the step from the outer place to the place the change's path starts from
   * @return the re-rooted change
   */
  Change under(FieldPath.@Nullable Segment segment) {
    if (segment == null) {
      return this;
    }
    List<FieldPath.Segment> segments = new ArrayList<>();
    segments.add(segment);
    segments.addAll(path.segments());
    return new Change(rule, FieldPath.of(segments), pointer, oldValue, newValue, values,
        backward, forward);
  }

  /**
   * Whether some direction fails on this change.
   *
   * @return {@code true} if either classification is breaking or undecidable
   */
  boolean fails() {
    return backward.fails() || forward.fails();
  }
}

package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finding in the making: what a rule saw, at a path relative to where the comparison that
 * produced it started, so that a memoized comparison can be replayed under another path.
 *
 * @param rule the rule
 * @param path where in the data, relative to the comparison's start
 * @param pointer where in the schema (new side, or old side for what was removed)
 * @param oldValue the previous value, or {@code null}
 * @param newValue the new value, or {@code null}
 * @param values further message placeholders ({@code name}, {@code detail})
 * @param backward classification for readers of the new schema reading old data
 * @param forward classification for readers of the old schema reading new data
 */
public record Change(
    JsonSchemaRule rule,
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
   * The change seen from further up: the prefix goes before the path.
   *
   * @param prefix the path of the place the relative path starts from
   * @return the re-rooted change
   */
  public Change under(FieldPath prefix) {
    if (prefix.isRoot()) {
      return this;
    }
    List<FieldPath.Segment> segments = new ArrayList<>(prefix.segments());
    segments.addAll(path.segments());
    return new Change(rule, FieldPath.of(segments), pointer, oldValue, newValue, values,
        backward, forward);
  }

  /**
   * A copy with other classifications.
   *
   * @param newBackward the backward classification
   * @param newForward the forward classification
   * @return the copy
   */
  public Change classified(Classification newBackward, Classification newForward) {
    return new Change(rule, path, pointer, oldValue, newValue, values, newBackward, newForward);
  }
}

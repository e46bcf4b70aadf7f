package dev.treaty.protobuf.internal.compare;

import dev.treaty.model.Classification;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change a rule found, before it is placed in the payload and worded as a finding.
 *
 * @param rule the rule
 * @param subject what changed
 * @param place where it is reported
 * @param oldValue the previous value, or {@code null}
 * @param newValue the new value, or {@code null}
 * @param values further template placeholders, e.g. {@code name}
 * @param backward what it means for readers of the new schema reading old data
 * @param forward what it means for readers of the old schema reading new data
 */
public record Change(ProtobufRule rule, Subject subject, Place place, @Nullable String oldValue,
    @Nullable String newValue, Map<String, String> values, Classification backward,
    Classification forward) {

  /** Copies the values. */
  public Change {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(place, "place");
    values = Map.copyOf(values);
    Objects.requireNonNull(backward, "backward");
    Objects.requireNonNull(forward, "forward");
  }

  /**
   * The message, from the rule's template.
   *
   * @return one sentence
   */
  public String message() {
    Map<String, String> all = new java.util.HashMap<>(values);
    all.put("old", oldValue == null ? "none" : oldValue);
    all.put("new", newValue == null ? "none" : newValue);
    return rule.message(subject.text(), all);
  }
}

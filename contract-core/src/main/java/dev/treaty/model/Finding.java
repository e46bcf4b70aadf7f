package dev.treaty.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change or violation that a rule found. Findings are data, immutable, and sort
 * deterministically by path, then rule id, then consumer, then values.
 *
 * @param ruleId the stable rule id, {@code <format>.<element>.<change>}, e.g.
 *     {@code json.property.typeNarrowed} or {@code expectation.field.missing}
 * @param path where in the data; the root for changes to the whole payload
 * @param schemaPointer a JSON pointer (or the format's equivalent) into the schema file that holds
 *     the changed element, or {@code null}
 * @param oldValue the previous value (a type, a constraint, a symbol), or {@code null} when added
 * @param newValue the new value, or {@code null} when removed
 * @param message one plain sentence, e.g. "Property `amount` changed type from number to string."
 * @param consumer the consumer this finding concerns, or {@code null} for evolution findings
 * @param backward what the change means for readers of the new schema reading old data
 * @param forward what the change means for readers of the old schema reading new data
 */
public record Finding(
    String ruleId,
    FieldPath path,
    @Nullable String schemaPointer,
    @Nullable String oldValue,
    @Nullable String newValue,
    String message,
    @Nullable String consumer,
    Classification backward,
    Classification forward) implements Comparable<Finding> {

  private static final Comparator<@Nullable String> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::consumer, NULLS_FIRST)
      .thenComparing(Finding::oldValue, NULLS_FIRST)
      .thenComparing(Finding::newValue, NULLS_FIRST)
      .thenComparing(Finding::schemaPointer, NULLS_FIRST)
      .thenComparing(Finding::message);

  /** Validates the finding. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(backward, "backward");
    Objects.requireNonNull(forward, "forward");
  }

  /**
   * Whether either direction is breaking or undecidable.
   *
   * @return {@code true} if some mode other than {@code NONE} could fail on this finding
   */
  public boolean isBreakingInAnyDirection() {
    return backward.fails() || forward.fails();
  }

  /**
   * A copy that concerns a consumer.
   *
   * @param consumerName the consumer
   * @return the copy
   */
  public Finding withConsumer(@Nullable String consumerName) {
    return new Finding(ruleId, path, schemaPointer, oldValue, newValue, message, consumerName,
        backward, forward);
  }

  /**
   * Findings sorted, each change once: findings that differ only in their classifications (the
   * same change judged at several places or several times) become one, with the more severe
   * classification in each direction.
   *
   * @param findings findings, in any order, possibly repeated
   * @return the merged findings, sorted
   */
  public static List<Finding> merged(Collection<Finding> findings) {
    Map<Finding, Finding> byChange = new TreeMap<>(ORDER);
    for (Finding finding : findings) {
      Finding key = finding.classified(Classification.COMPATIBLE, Classification.COMPATIBLE);
      Finding previous = byChange.get(key);
      byChange.put(key, previous == null ? finding : finding.classified(
          Classification.worst(previous.backward, finding.backward),
          Classification.worst(previous.forward, finding.forward)));
    }
    return List.copyOf(byChange.values());
  }

  private Finding classified(Classification newBackward, Classification newForward) {
    return new Finding(ruleId, path, schemaPointer, oldValue, newValue, message, consumer, newBackward,
        newForward);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /** Renders {@code path  ruleId  message}, for logs. */
  @Override
  public String toString() {
    String where = path.isRoot() ? "(root)" : path.toString();
    return (consumer == null ? "" : consumer + "  ") + where + "  " + ruleId + "  " + message;
  }
}

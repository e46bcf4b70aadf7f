package dev.treaty.internal.consumer;

import dev.treaty.model.ConsumerResult;
import dev.treaty.model.ConsumerResult.Status;
import dev.treaty.model.Expectation;
import dev.treaty.model.Finding;
import dev.treaty.model.SchemaModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a change means for one consumer: the expectation is checked against the new schema
 * and, when there is one, the previous schema; what only the new schema fails is newly broken,
 * what both fail was already unmet, what only the previous one failed is resolved.
 */
public final class ConsumerCheck {

  private ConsumerCheck() {}

  /**
   * Checks one consumer.
   *
   * @param expectation the consumer's expectation
   * @param version the new contract version
   * @param previous the previous version's schema, or {@code null} for a first version
   * @param current the new version's schema
   * @param today the day, for expiry
   * @return the consumer's result
   */
  public static ConsumerResult check(Expectation expectation, String version,
      @Nullable SchemaModel previous, SchemaModel current, LocalDate today) {
    if (!expectation.appliesTo(version)) {
      return new ConsumerResult(expectation.consumer(), expectation.owner(), Status.NOT_APPLICABLE,
          List.of(), List.of(), List.of());
    }
    Status status = expectation.isExpiredOn(today) ? Status.EXPIRED : Status.ENFORCED;
    List<Finding> now = ExpectationChecker.check(expectation, current);
    Set<Finding> before = previous == null
        ? Set.of() : new HashSet<>(ExpectationChecker.check(expectation, previous));
    List<Finding> newlyBroken = new ArrayList<>();
    List<Finding> alreadyUnmet = new ArrayList<>();
    for (Finding finding : now) {
      (before.contains(finding) ? alreadyUnmet : newlyBroken).add(finding);
    }
    Set<Finding> nowSet = new HashSet<>(now);
    List<Finding> resolved = before.stream().filter(f -> !nowSet.contains(f)).toList();
    return new ConsumerResult(expectation.consumer(), expectation.owner(), status, newlyBroken,
        alreadyUnmet, resolved);
  }
}

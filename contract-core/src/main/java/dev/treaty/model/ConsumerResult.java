package dev.treaty.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a producer's change means for one registered consumer.
 *
 * @param consumer the consumer's name
 * @param owner the consumer's owning team, or {@code null}
 * @param status whether the expectation was enforced
 * @param newlyBroken what this change breaks for the consumer: fails the producer's build unless
 *     accepted
 * @param alreadyUnmet what the previous version already failed to give the consumer: the
 *     consumer's problem, reported (fails only if the build is configured so)
 * @param resolved what the previous version failed to give and this version gives
 */
public record ConsumerResult(
    String consumer,
    @Nullable String owner,
    Status status,
    List<Finding> newlyBroken,
    List<Finding> alreadyUnmet,
    List<Finding> resolved) {

  /** Copies and sorts the lists. */
  public ConsumerResult {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(status, "status");
    newlyBroken = sorted(newlyBroken);
    alreadyUnmet = sorted(alreadyUnmet);
    resolved = sorted(resolved);
  }

  /** Whether and how the expectation was applied. */
  public enum Status {
    /** The expectation applies to this contract version and was enforced. */
    ENFORCED,
    /** The expectation's version range does not include this contract version; not checked. */
    NOT_APPLICABLE,
    /** The expectation has expired: checked and reported, not enforced. */
    EXPIRED
  }

  /**
   * Whether this consumer fails the producer's build: the expectation is enforced and the change
   * newly breaks it in a way that fails (breaking or undecidable).
   *
   * @return {@code true} if the consumer is broken by this change
   */
  public boolean isBroken() {
    return status == Status.ENFORCED && newlyBroken.stream().anyMatch(f -> f.forward().fails());
  }

  private static List<Finding> sorted(List<Finding> findings) {
    List<Finding> copy = new java.util.ArrayList<>(findings);
    copy.sort(null);
    return List.copyOf(copy);
  }
}

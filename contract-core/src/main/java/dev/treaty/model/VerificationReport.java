package dev.treaty.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Everything a producer's verification found: contract validity was already established; this is
 * the evolution check under the contract's mode, every registered consumer's result, the impact,
 * and which findings were deliberately accepted.
 *
 * @param contract the contract's id
 * @param version the version being verified
 * @param evolution the producer's own evolution check
 * @param consumers one result per registered consumer, sorted by consumer
 * @param impact who reads what
 * @param accepted the findings that an accepted change waived
 * @param unusedAcceptances accepted changes that matched no finding (stale entries to remove)
 * @param failOnUnmet whether expectations that were already unmet also fail the build
 */
public record VerificationReport(
    String contract,
    String version,
    EvolutionResult evolution,
    List<ConsumerResult> consumers,
    Impact impact,
    List<Finding> accepted,
    List<AcceptedChange> unusedAcceptances,
    boolean failOnUnmet) {

  /** Copies the lists. */
  public VerificationReport {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(evolution, "evolution");
    consumers = consumers.stream().sorted(java.util.Comparator.comparing(ConsumerResult::consumer)).toList();
    Objects.requireNonNull(impact, "impact");
    accepted = List.copyOf(new TreeSet<>(accepted));
    unusedAcceptances = List.copyOf(unusedAcceptances);
  }

  /**
   * The evolution findings that fail the build: failing under the mode and not accepted.
   *
   * @return the findings, sorted
   */
  public List<Finding> evolutionFailures() {
    return evolution.failing().stream().filter(f -> !accepted.contains(f)).toList();
  }

  /**
   * The consumer findings that fail the build: newly broken for an enforced consumer (and, if
   * configured, already unmet), failing, and not accepted.
   *
   * @return the findings, sorted by consumer, then path and rule
   */
  public List<Finding> consumerFailures() {
    List<Finding> out = new ArrayList<>();
    for (ConsumerResult result : consumers) {
      if (result.status() != ConsumerResult.Status.ENFORCED) {
        continue;
      }
      List<Finding> candidates = new ArrayList<>(result.newlyBroken());
      if (failOnUnmet) {
        candidates.addAll(result.alreadyUnmet());
      }
      for (Finding finding : candidates) {
        if (finding.forward().fails() && !accepted.contains(finding)) {
          out.add(finding);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The consumers this version breaks.
   *
   * @return their names, sorted
   */
  public List<String> brokenConsumers() {
    return consumerFailures().stream().map(Finding::consumer).filter(Objects::nonNull).distinct()
        .sorted().toList();
  }

  /**
   * Whether the build passes.
   *
   * @return {@code true} if nothing fails
   */
  public boolean passes() {
    return evolutionFailures().isEmpty() && consumerFailures().isEmpty();
  }

  /**
   * The previous version the change was measured against, if any.
   *
   * @return the latest earlier version
   */
  public @Nullable String previousVersion() {
    return evolution.previousVersion().orElse(null);
  }
}

package dev.treaty.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A deliberate break, checked in beside the contract with a justification: a finding it matches
 * no longer fails the build, and the report lists it as accepted.
 *
 * @param rule the rule id of the finding
 * @param path the finding's path in the data
 * @param consumer the consumer it concerns, or {@code null} for evolution findings (and to accept
 *     the break for every consumer)
 * @param version the contract version the acceptance is limited to, or {@code null} for any
 * @param justification why the break is acceptable; required, so reviewers see the reason
 */
public record AcceptedChange(
    String rule, FieldPath path, @Nullable String consumer, @Nullable String version,
    String justification) {

  /** Validates the entry. */
  public AcceptedChange {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(justification, "justification");
    if (justification.isBlank()) {
      throw new IllegalArgumentException("an accepted change needs a justification");
    }
  }

  /**
   * Whether this entry accepts a finding for a contract version.
   *
   * @param finding the finding
   * @param contractVersion the version being verified
   * @return {@code true} if rule and path match, and consumer and version when set
   */
  public boolean accepts(Finding finding, String contractVersion) {
    return rule.equals(finding.ruleId())
        && path.equals(finding.path())
        && (consumer == null || consumer.equals(finding.consumer()))
        && (version == null || version.equals(contractVersion));
  }
}

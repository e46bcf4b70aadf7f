package dev.treaty;

import dev.treaty.internal.verify.Verifier;
import dev.treaty.model.AcceptedChange;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Expectation;
import dev.treaty.model.VerificationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A producer's verification, configured step by step and immutable: each {@code withX} returns a
 * copy. Start with {@link Treaty#verification(LoadedContract)}, finish with {@link #run()}.
 *
 * <pre>{@code
 * VerificationReport report = treaty.verification(current)
 *     .withEarlierVersions(previousVersions)
 *     .withExpectations(registeredExpectations)
 *     .withAcceptedChanges(accepted)
 *     .run();
 * }</pre>
 */
public final class Verification {

  private final Verifier verifier;
  private final LoadedContract current;
  private final List<LoadedContract> earlier;
  private final List<Expectation> expectations;
  private final List<AcceptedChange> accepted;
  private final @Nullable CompatibilityMode mode;
  private final @Nullable EvolutionPolicy policy;
  private final @Nullable LocalDate today;
  private final boolean failOnUnmet;

  Verification(Verifier verifier, LoadedContract current) {
    this(verifier, current, List.of(), List.of(), List.of(), null, null, null, false);
  }

  private Verification(Verifier verifier, LoadedContract current, List<LoadedContract> earlier,
      List<Expectation> expectations, List<AcceptedChange> accepted, @Nullable CompatibilityMode mode,
      @Nullable EvolutionPolicy policy, @Nullable LocalDate today, boolean failOnUnmet) {
    this.verifier = verifier;
    this.current = Objects.requireNonNull(current, "current");
    this.earlier = List.copyOf(earlier);
    this.expectations = List.copyOf(expectations);
    this.accepted = List.copyOf(accepted);
    this.mode = mode;
    this.policy = policy;
    this.today = today;
    this.failOnUnmet = failOnUnmet;
  }

  /**
   * The earlier versions to compare against (any order; versions not below the current one are
   * ignored). Non-transitive modes judge by the latest only; all are compared.
   *
   * @param versions the earlier versions
   * @return a copy with them
   */
  public Verification withEarlierVersions(List<LoadedContract> versions) {
    return new Verification(verifier, current, versions, expectations, accepted, mode, policy, today,
        failOnUnmet);
  }

  /**
   * The registered consumers' expectations (those of other contracts are ignored).
   *
   * @param registered the expectations
   * @return a copy with them
   */
  public Verification withExpectations(List<Expectation> registered) {
    return new Verification(verifier, current, earlier, registered, accepted, mode, policy, today,
        failOnUnmet);
  }

  /**
   * Deliberate breaks that do not fail the build.
   *
   * @param changes the accepted changes
   * @return a copy with them
   */
  public Verification withAcceptedChanges(List<AcceptedChange> changes) {
    return new Verification(verifier, current, earlier, expectations, changes, mode, policy, today,
        failOnUnmet);
  }

  /**
   * Overrides the contract's compatibility mode.
   *
   * @param override the mode, or {@code null} for the contract's own
   * @return a copy with it
   */
  public Verification withMode(@Nullable CompatibilityMode override) {
    return new Verification(verifier, current, earlier, expectations, accepted, override, policy,
        today, failOnUnmet);
  }

  /**
   * Overrides the contract's evolution policy.
   *
   * @param override the policy, or {@code null} for the contract's own
   * @return a copy with it
   */
  public Verification withPolicy(@Nullable EvolutionPolicy override) {
    return new Verification(verifier, current, earlier, expectations, accepted, mode, override,
        today, failOnUnmet);
  }

  /**
   * The day against which expectations' expiry dates are judged (default: today, UTC).
   *
   * @param day the day
   * @return a copy with it
   */
  public Verification withToday(LocalDate day) {
    return new Verification(verifier, current, earlier, expectations, accepted, mode, policy,
        Objects.requireNonNull(day, "day"), failOnUnmet);
  }

  /**
   * Whether expectations that the previous version already failed also fail the build (default
   * {@code false}: they are reported as the consumer's problem).
   *
   * @param fail {@code true} to fail on them
   * @return a copy with the setting
   */
  public Verification withFailOnUnmet(boolean fail) {
    return new Verification(verifier, current, earlier, expectations, accepted, mode, policy, today,
        fail);
  }

  /**
   * Runs the verification.
   *
   * @return the report; {@link VerificationReport#passes()} says whether the build passes
   */
  public VerificationReport run() {
    LocalDate day = today != null ? today : LocalDate.now(java.time.ZoneOffset.UTC);
    return verifier.verify(new Verifier.Request(version(current),
        earlier.stream().map(Verification::version).toList(), expectations, accepted, mode, policy,
        day, failOnUnmet));
  }

  private static Verifier.ContractVersion version(LoadedContract loaded) {
    return new Verifier.ContractVersion(loaded.contract(), loaded.schemas());
  }
}

package dev.treaty.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The producer's own evolution check: the new version against earlier versions, and what each
 * compatibility mode makes of the changes.
 *
 * @param mode the contract's mode (or the build's override)
 * @param policy the contract's policy (or the build's override)
 * @param comparisons one per earlier version, oldest first; the last is the latest earlier version
 */
public record EvolutionResult(CompatibilityMode mode, EvolutionPolicy policy, List<Comparison> comparisons) {

  /** Copies the comparisons. */
  public EvolutionResult {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(policy, "policy");
    comparisons = List.copyOf(comparisons);
  }

  /**
   * The findings that fail a mode, before accepted changes: for a transitive mode those against
   * every earlier version, otherwise those against the latest.
   *
   * @param someMode the mode to judge by
   * @return the failing findings, each once, sorted
   */
  public List<Finding> failing(CompatibilityMode someMode) {
    List<Comparison> judged = comparisons.isEmpty() ? List.of()
        : someMode.isTransitive() ? comparisons : List.of(comparisons.get(comparisons.size() - 1));
    java.util.Set<Finding> out = new java.util.TreeSet<>();
    for (Comparison comparison : judged) {
      for (Finding finding : comparison.findings()) {
        if (someMode.failsOn(finding)) {
          out.add(finding);
        }
      }
    }
    return List.copyOf(new ArrayList<>(out));
  }

  /**
   * The findings that fail this result's own mode, before accepted changes.
   *
   * @return the failing findings
   */
  public List<Finding> failing() {
    return failing(mode);
  }

  /**
   * Whether each mode would pass, before accepted changes — what {@code contract:diff} prints.
   *
   * @return pass or fail by mode, in declaration order
   */
  public Map<CompatibilityMode, Boolean> verdicts() {
    Map<CompatibilityMode, Boolean> out = new EnumMap<>(CompatibilityMode.class);
    for (CompatibilityMode each : CompatibilityMode.values()) {
      out.put(each, failing(each).isEmpty());
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The latest earlier version compared, if any.
   *
   * @return the version, or empty for a first version
   */
  public java.util.Optional<String> previousVersion() {
    return comparisons.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(comparisons.get(comparisons.size() - 1).previousVersion());
  }
}

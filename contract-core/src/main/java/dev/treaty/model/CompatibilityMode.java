package dev.treaty.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The evolution policy of a contract, in the schema registries' terms.
 *
 * <ul>
 *   <li><b>backward</b>: consumers on the new schema read data written with the previous one;
 *   <li><b>forward</b>: consumers on the previous schema read data written with the new one;
 *   <li><b>transitive</b>: against every earlier version, not just the latest.
 * </ul>
 */
public enum CompatibilityMode {
  /** The new schema reads data of the latest previous version. The default. */
  BACKWARD(true, false, false),
  /** The new schema reads data of every previous version. */
  BACKWARD_TRANSITIVE(true, false, true),
  /** The latest previous schema reads data of the new version. */
  FORWARD(false, true, false),
  /** Every previous schema reads data of the new version. */
  FORWARD_TRANSITIVE(false, true, true),
  /** Both backward and forward, against the latest previous version. */
  FULL(true, true, false),
  /** Both backward and forward, against every previous version. */
  FULL_TRANSITIVE(true, true, true),
  /** No evolution check: changes are reported, never fail. */
  NONE(false, false, false);

  /** The mode used when a contract names none. */
  public static final CompatibilityMode DEFAULT = BACKWARD;

  private final boolean backward;
  private final boolean forward;
  private final boolean transitive;

  CompatibilityMode(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  /**
   * Whether the new schema must read old data.
   *
   * @return {@code true} for the backward and full modes
   */
  public boolean checksBackward() {
    return backward;
  }

  /**
   * Whether old schemas must read new data.
   *
   * @return {@code true} for the forward and full modes
   */
  public boolean checksForward() {
    return forward;
  }

  /**
   * Whether every earlier version is checked, not just the latest.
   *
   * @return {@code true} for the transitive modes
   */
  public boolean isTransitive() {
    return transitive;
  }

  /**
   * Whether a finding fails this mode (before accepted changes are applied).
   *
   * @param finding an evolution finding
   * @return {@code true} if a direction this mode checks is breaking or undecidable
   */
  public boolean failsOn(Finding finding) {
    return (backward && finding.backward().fails()) || (forward && finding.forward().fails());
  }

  /**
   * Reads a mode name, ignoring case and accepting {@code -} for {@code _}.
   *
   * @param text e.g. {@code BACKWARD_TRANSITIVE} or {@code full-transitive}
   * @return the mode
   * @throws IllegalArgumentException naming the valid modes, if the text is none of them
   */
  public static CompatibilityMode parse(String text) {
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (CompatibilityMode mode : values()) {
      if (mode.name().equals(key)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("Unknown compatibility mode \"" + text + "\"; expected one of "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
  }
}

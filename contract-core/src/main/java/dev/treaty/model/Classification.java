package dev.treaty.model;

/**
 * What a change means for readers in one direction. A rule classifies; the
 * {@link CompatibilityMode} and the accepted-changes file decide whether the build fails.
 */
public enum Classification {
  /** Every reader in this direction keeps working and reads the same meaning. */
  COMPATIBLE,
  /** Some reader in this direction fails, or reads a different meaning. */
  BREAKING,
  /**
   * Treaty cannot decide soundly (for example two regular expressions whose languages it cannot
   * compare). It fails under every mode that checks the direction, unless accepted: Treaty never
   * guesses "compatible".
   */
  UNDECIDABLE;

  /**
   * Whether a mode that checks this direction fails on it.
   *
   * @return {@code true} for {@link #BREAKING} and {@link #UNDECIDABLE}
   */
  public boolean fails() {
    return this != COMPATIBLE;
  }

  /**
   * The more severe of two classifications: breaking over undecidable over compatible.
   *
   * @param a one classification
   * @param b another
   * @return the more severe
   */
  public static Classification worst(Classification a, Classification b) {
    if (a == BREAKING || b == BREAKING) {
      return BREAKING;
    }
    return a == UNDECIDABLE || b == UNDECIDABLE ? UNDECIDABLE : COMPATIBLE;
  }
}

package dev.treaty.internal.jsonschema.compare;

/** A three-valued answer: yes, no, or "cannot tell". */
public enum Truth {
  /** Yes. */
  TRUE,
  /** No. */
  FALSE,
  /** Cannot tell. */
  UNKNOWN;

  /**
   * Both.
   *
   * @param other another answer
   * @return FALSE if either is FALSE, else UNKNOWN if either is, else TRUE
   */
  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }

  /**
   * Either.
   *
   * @param other another answer
   * @return TRUE if either is TRUE, else UNKNOWN if either is, else FALSE
   */
  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
  }

  /**
   * Not.
   *
   * @return TRUE and FALSE swapped
   */
  public Truth not() {
    return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
  }

  /**
   * From a boolean.
   *
   * @param value the boolean
   * @return TRUE or FALSE
   */
  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }
}

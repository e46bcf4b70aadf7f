package dev.treaty.model;

/**
 * The resolution of a time or timestamp value as it is encoded. Two timestamps with different
 * units are different types: reading micros as millis decodes without error but changes the
 * meaning by a factor of a thousand.
 */
public enum TimeUnit {
  /** Whole seconds. */
  SECONDS,
  /** Milliseconds. */
  MILLIS,
  /** Microseconds. */
  MICROS,
  /** Nanoseconds. */
  NANOS,
  /**
   * Encoded as text (for example an RFC 3339 string in JSON), which carries its own precision:
   * no unit can be misread.
   */
  TEXT;

  /**
   * The lower-case name used in type names, e.g. {@code millis} in {@code timestamp(millis)}.
   *
   * @return the name
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

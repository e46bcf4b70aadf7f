package dev.treaty.internal.jsonschema.read;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One numeric bound as a schema states it, whichever draft spelled it.
 *
 * @param value the bound
 * @param exclusive whether the bound itself is excluded
 */
public record Bound(BigDecimal value, boolean exclusive) {

  /** Validates the bound. */
  public Bound {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Renders the bound for a lower end, e.g. {@code >= 1} or {@code > 1}.
   *
   * @return the text
   */
  public String asLower() {
    return (exclusive ? "> " : ">= ") + CanonicalJson.number(value);
  }

  /**
   * Renders the bound for an upper end, e.g. {@code <= 9} or {@code < 9}.
   *
   * @return the text
   */
  public String asUpper() {
    return (exclusive ? "< " : "<= ") + CanonicalJson.number(value);
  }
}

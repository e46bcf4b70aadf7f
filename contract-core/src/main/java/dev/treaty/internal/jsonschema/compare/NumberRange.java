package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.Bound;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The numbers an alternative allows by its bounds: the tightest lower and upper bound of all
 * members, in any draft's spelling, and whether only integers count. Integer ranges are
 * normalized to inclusive whole bounds ({@code > 0.5} becomes {@code >= 1}), so that equal sets
 * compare equal.
 *
 * @param lower the lower bound, or {@code null} for none
 * @param upper the upper bound, or {@code null} for none
 * @param integral whether only whole numbers are allowed
 */
public record NumberRange(@Nullable Bound lower, @Nullable Bound upper, boolean integral) {

  /**
   * The range of an alternative.
   *
   * @param alternative the conjunction
   * @return its range
   */
  public static NumberRange of(Conjunction alternative) {
    NumberRange raw = raw(alternative);
    Bound lower = raw.lower();
    Bound upper = raw.upper();
    boolean integral = Admission.integral(alternative);
    if (integral) {
      lower = lower == null ? null : wholeLower(lower);
      upper = upper == null ? null : wholeUpper(upper);
    }
    return new NumberRange(lower, upper, integral);
  }

  /**
   * The bounds of an alternative as written, not made whole.
   *
   * @param alternative the conjunction
   * @return its tightest bounds
   */
  public static NumberRange raw(Conjunction alternative) {
    Bound lower = null;
    Bound upper = null;
    for (SchemaNode member : alternative.members()) {
      for (Bound bound : member.lowerBounds()) {
        lower = tighterLower(lower, bound);
      }
      for (Bound bound : member.upperBounds()) {
        upper = tighterUpper(upper, bound);
      }
    }
    return new NumberRange(lower, upper, Admission.integral(alternative));
  }

  /**
   * Whether a number is in the range.
   *
   * @param value the number
   * @return {@code true} if it is
   */
  public boolean contains(BigDecimal value) {
    if (integral && value.stripTrailingZeros().scale() > 0) {
      return false;
    }
    if (lower != null) {
      int c = value.compareTo(lower.value());
      if (c < 0 || (c == 0 && lower.exclusive())) {
        return false;
      }
    }
    if (upper != null) {
      int c = value.compareTo(upper.value());
      return c < 0 || (c == 0 && !upper.exclusive());
    }
    return true;
  }

  /**
   * Whether no number is in the range.
   *
   * @return {@code true} if the bounds cross
   */
  public boolean isEmpty() {
    if (lower == null || upper == null) {
      return false;
    }
    int c = lower.value().compareTo(upper.value());
    return c > 0 || (c == 0 && (lower.exclusive() || upper.exclusive()));
  }

  /**
   * Whether the two ranges share no number.
   *
   * @param other another range
   * @return {@code true} if provably disjoint
   */
  public boolean disjoint(NumberRange other) {
    NumberRange both = new NumberRange(tighterLower(lower, other.lower),
        tighterUpper(upper, other.upper), integral || other.integral);
    if (both.integral) {
      both = new NumberRange(both.lower == null ? null : wholeLower(both.lower),
          both.upper == null ? null : wholeUpper(both.upper), true);
    }
    return both.isEmpty();
  }

  static @Nullable Bound tighterLower(@Nullable Bound a, @Nullable Bound b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int c = a.value().compareTo(b.value());
    return c > 0 || (c == 0 && a.exclusive()) ? a : b;
  }

  static @Nullable Bound tighterUpper(@Nullable Bound a, @Nullable Bound b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int c = a.value().compareTo(b.value());
    return c < 0 || (c == 0 && a.exclusive()) ? a : b;
  }

  private static Bound wholeLower(Bound bound) {
    BigDecimal ceiling = bound.value().setScale(0, RoundingMode.CEILING);
    if (bound.exclusive() && ceiling.compareTo(bound.value()) == 0) {
      ceiling = ceiling.add(BigDecimal.ONE);
    }
    return new Bound(ceiling, false);
  }

  private static Bound wholeUpper(Bound bound) {
    BigDecimal floor = bound.value().setScale(0, RoundingMode.FLOOR);
    if (bound.exclusive() && floor.compareTo(bound.value()) == 0) {
      floor = floor.subtract(BigDecimal.ONE);
    }
    return new Bound(floor, false);
  }
}

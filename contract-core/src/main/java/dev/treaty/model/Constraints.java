package dev.treaty.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Value constraints that a schema places on a type, in format-neutral terms. Every component is
 * optional ({@code null} or empty when the schema says nothing). Lengths count characters for
 * strings, bytes for binary, elements for arrays and entries for maps.
 *
 * @param minLength the least length, or {@code null}
 * @param maxLength the greatest length, or {@code null}
 * @param pattern a regular expression (ECMA-262 flavour, as JSON Schema uses) values match, or {@code null}
 * @param format a named format such as {@code email} or {@code date-time}, or {@code null}
 * @param minimum the least number, or {@code null}
 * @param exclusiveMinimum whether {@code minimum} itself is excluded
 * @param maximum the greatest number, or {@code null}
 * @param exclusiveMaximum whether {@code maximum} itself is excluded
 * @param multipleOf values are multiples of this, or {@code null}
 * @param allowedValues the only values allowed, as canonical JSON literals (e.g. {@code "\"EUR\""},
 *     {@code 3}); empty when any value of the type is allowed
 */
public record Constraints(
    @Nullable Long minLength,
    @Nullable Long maxLength,
    @Nullable String pattern,
    @Nullable String format,
    @Nullable BigDecimal minimum,
    boolean exclusiveMinimum,
    @Nullable BigDecimal maximum,
    boolean exclusiveMaximum,
    @Nullable BigDecimal multipleOf,
    List<String> allowedValues) {

  /** No constraints. */
  public static final Constraints NONE =
      new Constraints(null, null, null, null, null, false, null, false, null, List.of());

  /** The largest decimal exponent, either way, of a number in constraints. */
  public static final int MAX_EXPONENT = 1000;
  /** The most significant digits of a number in constraints. */
  public static final int MAX_DIGITS = 1000;

  /** Copies the list and checks that ranges are not empty and numbers are of a workable size. */
  public Constraints {
    allowedValues = List.copyOf(allowedValues);
    for (BigDecimal number : java.util.Arrays.asList(minimum, maximum, multipleOf)) {
      if (number != null && !isWorkable(number)) {
        throw new IllegalArgumentException("the number " + number + " is too large or too precise; "
            + "Treaty works with up to " + MAX_DIGITS + " digits and exponents up to " + MAX_EXPONENT);
      }
    }
    if (minLength != null && minLength < 0) {
      throw new IllegalArgumentException("minLength must be >= 0, was " + minLength);
    }
    if (minLength != null && maxLength != null && minLength > maxLength) {
      throw new IllegalArgumentException(
          "minLength " + minLength + " is greater than maxLength " + maxLength);
    }
    if (multipleOf != null && multipleOf.signum() <= 0) {
      throw new IllegalArgumentException("multipleOf must be > 0, was " + multipleOf);
    }
  }

  /**
   * Whether a number is of a size Treaty computes with exactly and quickly: at most
   * {@value #MAX_DIGITS} significant digits and an exponent within &plusmn;{@value #MAX_EXPONENT}.
   * Schemas and payloads may hold larger numbers; code that meets one treats it as unknown.
   *
   * @param number a number
   * @return {@code true} if workable
   */
  public static boolean isWorkable(BigDecimal number) {
    int exponent = number.precision() - number.scale() - 1;
    return number.precision() <= MAX_DIGITS && Math.abs(exponent) <= MAX_EXPONENT
        && Math.abs((long) number.scale()) <= MAX_EXPONENT + MAX_DIGITS;
  }

  /**
   * Whether no constraint is set.
   *
   * @return {@code true} if this equals {@link #NONE}
   */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * A copy with the given length bounds.
   *
   * @param min the least length, or {@code null}
   * @param max the greatest length, or {@code null}
   * @return the copy
   */
  public Constraints withLength(@Nullable Long min, @Nullable Long max) {
    return new Constraints(min, max, pattern, format, minimum, exclusiveMinimum, maximum,
        exclusiveMaximum, multipleOf, allowedValues);
  }

  /**
   * A copy with the given pattern.
   *
   * @param regex the pattern, or {@code null}
   * @return the copy
   */
  public Constraints withPattern(@Nullable String regex) {
    return new Constraints(minLength, maxLength, regex, format, minimum, exclusiveMinimum, maximum,
        exclusiveMaximum, multipleOf, allowedValues);
  }

  /**
   * A copy with the given format.
   *
   * @param name the format name, or {@code null}
   * @return the copy
   */
  public Constraints withFormat(@Nullable String name) {
    return new Constraints(minLength, maxLength, pattern, name, minimum, exclusiveMinimum, maximum,
        exclusiveMaximum, multipleOf, allowedValues);
  }

  /**
   * A copy with the given numeric range.
   *
   * @param min the least value, or {@code null}
   * @param minExclusive whether {@code min} is excluded
   * @param max the greatest value, or {@code null}
   * @param maxExclusive whether {@code max} is excluded
   * @return the copy
   */
  public Constraints withRange(
      @Nullable BigDecimal min, boolean minExclusive, @Nullable BigDecimal max, boolean maxExclusive) {
    return new Constraints(minLength, maxLength, pattern, format, min, minExclusive, max,
        maxExclusive, multipleOf, allowedValues);
  }

  /**
   * A copy with the given step.
   *
   * @param step values are multiples of this, or {@code null}
   * @return the copy
   */
  public Constraints withMultipleOf(@Nullable BigDecimal step) {
    return new Constraints(minLength, maxLength, pattern, format, minimum, exclusiveMinimum, maximum,
        exclusiveMaximum, step, allowedValues);
  }

  /**
   * A copy with the given allowed values.
   *
   * @param values canonical JSON literals
   * @return the copy
   */
  public Constraints withAllowedValues(List<String> values) {
    return new Constraints(minLength, maxLength, pattern, format, minimum, exclusiveMinimum, maximum,
        exclusiveMaximum, multipleOf, values);
  }

  /** Renders the constraints that are set, e.g. {@code maxLength=2, pattern=^[A-Z]+$}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    add(parts, "minLength", minLength);
    add(parts, "maxLength", maxLength);
    add(parts, "pattern", pattern);
    add(parts, "format", format);
    add(parts, exclusiveMinimum ? "exclusiveMinimum" : "minimum", plain(minimum));
    add(parts, exclusiveMaximum ? "exclusiveMaximum" : "maximum", plain(maximum));
    add(parts, "multipleOf", plain(multipleOf));
    if (!allowedValues.isEmpty()) {
      parts.add("values=" + allowedValues);
    }
    return parts.isEmpty() ? "none" : String.join(", ", Collections.unmodifiableList(parts));
  }

  private static @Nullable String plain(@Nullable BigDecimal value) {
    return value == null ? null : display(value);
  }

  /**
   * A number as people write it: {@code 0.01}, {@code 2147483647}; in scientific notation when
   * it is very large or very small ({@code 1E+40}), so that no number prints as a huge string.
   *
   * @param value the number
   * @return the text
   */
  public static String display(BigDecimal value) {
    BigDecimal stripped = Math.abs((long) value.scale()) <= MAX_EXPONENT + MAX_DIGITS
        ? value.stripTrailingZeros() : value;
    int exponent = stripped.precision() - stripped.scale() - 1;
    return Math.abs(exponent) <= 30 ? stripped.toPlainString() : stripped.toString();
  }

  private static void add(List<String> parts, String name, @Nullable Object value) {
    if (value != null) {
      parts.add(name + "=" + value);
    }
  }
}

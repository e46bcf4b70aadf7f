package dev.treaty.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A type as a consumer names it in an expectation: the name of a {@link DataType}, where
 * parameters may be left out to mean "any". {@code decimal} matches every decimal,
 * {@code decimal(10,2)} only that one; {@code timestamp} matches an instant of any unit,
 * {@code timestamp(millis)} only milliseconds.
 *
 * <p>Names: {@code string}, {@code int32}, {@code int64}, {@code integer}, {@code float},
 * {@code double}, {@code number}, {@code decimal[(p,s)]}, {@code boolean}, {@code bytes},
 * {@code date}, {@code time[(unit)]}, {@code timestamp[(unit)]}, {@code local-timestamp[(unit)]},
 * {@code uuid}, {@code enum}, {@code record} (also {@code object}), {@code array}, {@code map},
 * {@code any}; units are {@code seconds}, {@code millis}, {@code micros}, {@code nanos},
 * {@code text}.
 *
 * @param base the name without parameters, e.g. {@code decimal}
 * @param precision a decimal's precision, or {@code null} for any
 * @param scale a decimal's scale, or {@code null} for any
 * @param unit a time or timestamp unit, or {@code null} for any
 */
public record TypeName(
    String base, @Nullable Integer precision, @Nullable Integer scale, @Nullable TimeUnit unit) {

  private static final Pattern SYNTAX = Pattern.compile(
      "([a-z][a-z0-9-]*)(?:\\(\\s*(?:(\\d+)\\s*,\\s*(\\d+)|([a-z]+))\\s*\\))?");
  private static final java.util.Set<String> BASES = java.util.Set.of(
      "string", "int32", "int64", "integer", "float", "double", "number", "decimal", "boolean",
      "bytes", "date", "time", "timestamp", "local-timestamp", "uuid", "enum", "record", "array",
      "map", "any");

  /** Validates the name. */
  public TypeName {
    Objects.requireNonNull(base, "base");
    if (!BASES.contains(base)) {
      throw new IllegalArgumentException("unknown type \"" + base + "\"; expected one of "
          + new java.util.TreeSet<>(BASES));
    }
    if ((precision != null || scale != null) && !base.equals("decimal")) {
      throw new IllegalArgumentException("only decimal takes (precision,scale), not " + base);
    }
    if (unit != null && !(base.equals("time") || base.endsWith("timestamp"))) {
      throw new IllegalArgumentException("only time and timestamp take a unit, not " + base);
    }
    if (precision != null && (scale == null || scale > precision || precision < 1)) {
      throw new IllegalArgumentException(
          "decimal(" + precision + "," + scale + ") needs 1 <= precision and 0 <= scale <= precision");
    }
  }

  /**
   * Parses a type name.
   *
   * @param text e.g. {@code int64}, {@code decimal(10,2)}, {@code timestamp(micros)}
   * @return the type name
   * @throws IllegalArgumentException saying what was expected, if the text is not a type name
   */
  public static TypeName parse(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SYNTAX.matcher(trimmed);
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text
          + "\" is not a type name (expected e.g. string, int64, decimal(10,2), timestamp(millis))");
    }
    String base = m.group(1).equals("object") ? "record" : m.group(1);
    Integer precision = m.group(2) == null ? null : digits(m.group(2), text);
    Integer scale = m.group(3) == null ? null : digits(m.group(3), text);
    TimeUnit unit = null;
    if (m.group(4) != null) {
      try {
        unit = TimeUnit.valueOf(m.group(4).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("\"" + m.group(4)
            + "\" is not a time unit (expected seconds, millis, micros, nanos or text)", e);
      }
    }
    return new TypeName(base, precision, scale, unit);
  }

  private static int digits(String number, String text) {
    if (number.length() > 4 || Integer.parseInt(number) > Constraints.MAX_DIGITS) {
      throw new IllegalArgumentException("\"" + text + "\": a decimal has at most "
          + Constraints.MAX_DIGITS + " digits");
    }
    return Integer.parseInt(number);
  }

  /**
   * The name of a concrete type, with all its parameters.
   *
   * @param type a type
   * @return its name
   */
  public static TypeName of(DataType type) {
    if (type instanceof DataType.DecimalType decimal) {
      return decimal.precision() == 0
          ? new TypeName("decimal", null, null, null)
          : new TypeName("decimal", decimal.precision(), decimal.scale(), null);
    }
    if (type instanceof DataType.TimeType time) {
      return new TypeName("time", null, null, time.unit());
    }
    if (type instanceof DataType.TimestampType ts) {
      return new TypeName(ts.utc() ? "timestamp" : "local-timestamp", null, null, ts.unit());
    }
    if (type instanceof DataType.ScalarType scalar) {
      return new TypeName(scalar.kind() == DataType.ScalarKind.NULL ? "any" : scalar.kind().label(),
          null, null, null);
    }
    if (type instanceof DataType.EnumType) {
      return new TypeName("enum", null, null, null);
    }
    if (type instanceof DataType.RecordType) {
      return new TypeName("record", null, null, null);
    }
    if (type instanceof DataType.ArrayType) {
      return new TypeName("array", null, null, null);
    }
    if (type instanceof DataType.MapType) {
      return new TypeName("map", null, null, null);
    }
    return new TypeName("any", null, null, null);
  }

  /** Renders the name as written, e.g. {@code decimal(10,2)}. */
  @Override
  public String toString() {
    if (precision != null) {
      return base + "(" + precision + "," + scale + ")";
    }
    return unit == null ? base : base + "(" + unit.label() + ")";
  }
}

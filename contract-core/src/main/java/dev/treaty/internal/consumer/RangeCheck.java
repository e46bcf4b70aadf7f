package dev.treaty.internal.consumer;

import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A numeric range the consumer assumes must hold for every value the schema allows: its declared
 * bounds, the bounds of its integer type, or its finite set of values.
 */
final class RangeCheck implements FieldCheck {

  @Override
  public void check(CheckedField field, List<Finding> out) {
    Constraints assumed = field.expected().constraints();
    if (assumed.minimum() != null) {
      Bound actual = lower(field.valueType());
      if (actual == null || !atLeast(actual, assumed.minimum(), assumed.exclusiveMinimum())) {
        String want = (assumed.exclusiveMinimum() ? "values > " : "values >= ") + plain(assumed.minimum());
        String have = actual == null ? "no lower bound"
            : (actual.exclusive ? "values > " : "values >= ") + plain(actual.value);
        out.add(field.finding(ExpectationRule.CONSTRAINT_WIDENED, want, have,
            field.consumer(), want, field.expected().path(), have));
      }
    }
    if (assumed.maximum() != null) {
      Bound actual = upper(field.valueType());
      if (actual == null || !atMost(actual, assumed.maximum(), assumed.exclusiveMaximum())) {
        String want = (assumed.exclusiveMaximum() ? "values < " : "values <= ") + plain(assumed.maximum());
        String have = actual == null ? "no upper bound"
            : (actual.exclusive ? "values < " : "values <= ") + plain(actual.value);
        out.add(field.finding(ExpectationRule.CONSTRAINT_WIDENED, want, have,
            field.consumer(), want, field.expected().path(), have));
      }
    }
  }

  private record Bound(BigDecimal value, boolean exclusive) {}

  private static boolean atLeast(Bound actual, BigDecimal wanted, boolean wantedExclusive) {
    int c = actual.value.compareTo(wanted);
    return wantedExclusive ? c > 0 || (c == 0 && actual.exclusive) : c >= 0;
  }

  private static boolean atMost(Bound actual, BigDecimal wanted, boolean wantedExclusive) {
    int c = actual.value.compareTo(wanted);
    return wantedExclusive ? c < 0 || (c == 0 && actual.exclusive) : c <= 0;
  }

  private static @Nullable Bound lower(DataType type) {
    Constraints c = type.constraints();
    Bound declared = c.minimum() == null ? null : new Bound(c.minimum(), c.exclusiveMinimum());
    Bound implied = implied(type, true);
    Bound values = fromValues(type, true);
    return tightest(tightest(declared, implied, true), values, true);
  }

  private static @Nullable Bound upper(DataType type) {
    Constraints c = type.constraints();
    Bound declared = c.maximum() == null ? null : new Bound(c.maximum(), c.exclusiveMaximum());
    Bound implied = implied(type, false);
    Bound values = fromValues(type, false);
    return tightest(tightest(declared, implied, false), values, false);
  }

  private static @Nullable Bound implied(DataType type, boolean lower) {
    if (type instanceof ScalarType s) {
      if (s.kind() == ScalarKind.INT32) {
        return new Bound(BigDecimal.valueOf(lower ? Integer.MIN_VALUE : Integer.MAX_VALUE), false);
      }
      if (s.kind() == ScalarKind.INT64) {
        return new Bound(BigDecimal.valueOf(lower ? Long.MIN_VALUE : Long.MAX_VALUE), false);
      }
    }
    return null;
  }

  private static @Nullable Bound fromValues(DataType type, boolean lower) {
    List<String> values = AllowedValues.of(type);
    if (values == null || values.isEmpty()) {
      return null;
    }
    BigDecimal best = null;
    for (String value : values) {
      BigDecimal number;
      try {
        number = new BigDecimal(value);
      } catch (NumberFormatException e) {
        return null;
      }
      if (best == null || (lower ? number.compareTo(best) < 0 : number.compareTo(best) > 0)) {
        best = number;
      }
    }
    return best == null ? null : new Bound(best, false);
  }

  private static @Nullable Bound tightest(@Nullable Bound a, @Nullable Bound b, boolean lower) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int c = a.value.compareTo(b.value);
    if (c == 0) {
      return a.exclusive ? a : b;
    }
    return lower ? (c > 0 ? a : b) : (c < 0 ? a : b);
  }

  private static String plain(BigDecimal value) {
    return Constraints.display(value);
  }
}

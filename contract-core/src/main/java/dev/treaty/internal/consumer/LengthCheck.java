package dev.treaty.internal.consumer;

import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A length the consumer assumes (a column width, a buffer size) must hold for every value the
 * schema allows: the schema's own bounds, or the lengths of its finite set of values.
 */
final class LengthCheck implements FieldCheck {

  private static final int UUID_LENGTH = 36;

  @Override
  public void check(CheckedField field, List<Finding> out) {
    Constraints assumed = field.expected().constraints();
    if (assumed.maxLength() == null && assumed.minLength() == null) {
      return;
    }
    long[] bounds = bounds(field.valueType());
    if (assumed.maxLength() != null && (bounds[1] < 0 || bounds[1] > assumed.maxLength())) {
      out.add(widened(field, "maxLength " + assumed.maxLength(),
          bounds[1] < 0 ? "any length" : "maxLength " + bounds[1]));
    }
    if (assumed.minLength() != null && bounds[0] < assumed.minLength()) {
      out.add(widened(field, "minLength " + assumed.minLength(),
          bounds[0] == 0 ? "empty values" : "minLength " + bounds[0]));
    }
  }

  /** The least and greatest length the schema allows; -1 for no greatest. */
  static long[] bounds(DataType type) {
    List<String> values = AllowedValues.of(type);
    if (values != null && !(type instanceof ScalarType s && s.kind() == ScalarKind.BOOLEAN)) {
      long min = Long.MAX_VALUE;
      long max = 0;
      for (String value : values) {
        long length = value.codePointCount(0, value.length());
        min = Math.min(min, length);
        max = Math.max(max, length);
      }
      return new long[] {values.isEmpty() ? 0 : min, max};
    }
    if (type instanceof ScalarType s && s.kind() == ScalarKind.UUID) {
      return new long[] {UUID_LENGTH, UUID_LENGTH};
    }
    Constraints c = type.constraints();
    return new long[] {orElse(c.minLength(), 0), orElse(c.maxLength(), -1)};
  }

  private static long orElse(@Nullable Long value, long fallback) {
    return value == null ? fallback : value;
  }

  private static Finding widened(CheckedField field, String assumed, String allowed) {
    return field.finding(ExpectationRule.CONSTRAINT_WIDENED, assumed, allowed,
        field.consumer(), assumed, field.expected().path(), allowed);
  }
}

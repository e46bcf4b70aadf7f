package dev.treaty.internal.consumer;

import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimeType;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A format the consumer assumes (email, uuid, date-time) must be one the schema guarantees. */
final class FormatCheck implements FieldCheck {

  @Override
  public void check(CheckedField field, List<Finding> out) {
    String assumed = field.expected().constraints().format();
    if (assumed == null) {
      return;
    }
    String actual = guaranteed(field.valueType());
    if (assumed.equals(actual)) {
      return;
    }
    String have = actual == null ? "no format" : actual;
    out.add(field.finding(ExpectationRule.FORMAT_CHANGED, assumed, have,
        field.consumer(), field.expected().path(), assumed, have));
  }

  private static @Nullable String guaranteed(DataType type) {
    if (type.constraints().format() != null) {
      return type.constraints().format();
    }
    if (type instanceof ScalarType s) {
      return s.kind() == ScalarKind.UUID ? "uuid" : s.kind() == ScalarKind.DATE ? "date" : null;
    }
    if (type instanceof TimestampType) {
      return "date-time";
    }
    return type instanceof TimeType ? "time" : null;
  }
}

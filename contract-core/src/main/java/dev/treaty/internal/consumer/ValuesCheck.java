package dev.treaty.internal.consumer;

import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.Finding;
import java.util.List;

/**
 * When a consumer handles a fixed set of values and rejects others, the schema must not allow
 * more; values the consumer handles but the schema no longer allows are reported.
 */
final class ValuesCheck implements FieldCheck {

  @Override
  public void check(CheckedField field, List<Finding> out) {
    List<String> handled = field.expected().values();
    if (handled.isEmpty()) {
      return;
    }
    List<String> allowed = AllowedValues.of(field.valueType());
    boolean rejects = field.expected().unknownValues() == Tolerance.REJECT;
    if (allowed == null) {
      if (rejects) {
        out.add(field.finding(ExpectationRule.ENUM_UNCONSTRAINED, String.join(", ", handled),
            "any " + field.valueType().typeName(), field.consumer(), handled, field.expected().path(),
            field.valueType().typeName()));
      }
      return;
    }
    if (rejects) {
      for (String value : allowed) {
        if (!handled.contains(value)) {
          out.add(field.finding(ExpectationRule.ENUM_VALUE_ADDED, null, value,
              field.consumer(), field.expected().path(), value));
        }
      }
    }
    for (String value : handled) {
      if (!allowed.contains(value)) {
        out.add(field.finding(ExpectationRule.ENUM_VALUE_REMOVED, value, null,
            field.consumer(), value, field.expected().path()));
      }
    }
  }
}

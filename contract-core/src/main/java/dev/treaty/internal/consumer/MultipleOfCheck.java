package dev.treaty.internal.consumer;

import dev.treaty.model.Constraints;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A step the consumer assumes (whole cents, say) must hold for every value: the schema's own
 * step must be a multiple of it, or the schema's type must be integral and the step divide one.
 */
final class MultipleOfCheck implements FieldCheck {

  private static final Set<ScalarKind> INTEGRAL = Set.of(ScalarKind.INT32, ScalarKind.INT64, ScalarKind.INTEGER);

  @Override
  public void check(CheckedField field, List<Finding> out) {
    BigDecimal assumed = field.expected().constraints().multipleOf();
    if (assumed == null) {
      return;
    }
    BigDecimal actual = field.valueType().constraints().multipleOf();
    if (actual == null && field.valueType() instanceof ScalarType s && INTEGRAL.contains(s.kind())) {
      actual = BigDecimal.ONE;
    }
    if (actual != null && Constraints.isWorkable(actual) && actual.remainder(assumed).signum() == 0) {
      return;
    }
    String want = "multiples of " + Constraints.display(assumed);
    String have = actual == null ? "any step" : "multiples of " + Constraints.display(actual);
    out.add(field.finding(ExpectationRule.CONSTRAINT_WIDENED, want, have,
        field.consumer(), want, field.expected().path(), have));
  }
}

package dev.treaty.internal.consumer;

import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A field read as non-null must not be null, nor may any field on its path be null, up to the
 * nearest ancestor the consumer itself declares nullable.
 */
final class NullabilityCheck implements FieldCheck {

  @Override
  public void check(CheckedField field, List<Finding> out) {
    if (field.expected().nullable()) {
      return;
    }
    List<SchemaLocator.Step> steps = field.found().steps();
    if (steps.isEmpty() && field.type().isNullable()) {
      add(field, out, "nullable");
      return;
    }
    for (int i = steps.size() - 1; i >= 0; i--) {
      SchemaLocator.Step step = steps.get(i);
      if (SchemaLocator.crossesCollection(step.path(), field.expected().path())) {
        return; // `lines[].sku` speaks of each element; whether `lines` is there is another field's business
      }
      boolean last = i == steps.size() - 1;
      if (!last) {
        Optional<FieldExpectation> ancestor = field.expectation().field(step.path());
        if (ancestor.isPresent() && ancestor.get().nullable()) {
          return;
        }
      }
      boolean nullable = last ? field.type().isNullable() : step.type().isNullable();
      if (nullable) {
        add(field, out, last ? "nullable" : "nullable (through `" + step.path() + "`)");
        return;
      }
    }
  }

  private static void add(CheckedField field, List<Finding> out, String what) {
    out.add(field.finding(ExpectationRule.FIELD_BECAME_NULLABLE, "non-null", what,
        field.consumer(), field.expected().path()));
  }
}

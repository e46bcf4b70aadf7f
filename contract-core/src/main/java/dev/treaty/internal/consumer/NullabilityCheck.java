package dev.treaty.internal.consumer;

import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A value read as non-null must not be null — the value itself (an array element, a map value
 * or a field), nor anything on its way to it, up to the nearest ancestor the consumer itself
 * declares nullable, or an array or map above it (a null {@code lines} has no elements to read).
 */
final class NullabilityCheck implements FieldCheck {

  @Override
  public void check(CheckedField field, List<Finding> out) {
    if (field.expected().nullable()) {
      return;
    }
    if (field.type().isNullable()) {
      add(field, out, "nullable");
      return;
    }
    List<SchemaLocator.Step> steps = field.found().steps();
    for (int i = steps.size() - 2; i >= 0; i--) {
      SchemaLocator.Step step = steps.get(i);
      if (SchemaLocator.crossesCollection(step.path(), field.expected().path())) {
        return;
      }
      Optional<FieldExpectation> ancestor = field.expectation().field(step.path());
      if (ancestor.isPresent() && ancestor.get().nullable()) {
        return;
      }
      if (step.type().isNullable()) {
        add(field, out, "nullable (through `" + step.path() + "`)");
        return;
      }
    }
  }

  private static void add(CheckedField field, List<Finding> out, String what) {
    out.add(field.finding(ExpectationRule.FIELD_BECAME_NULLABLE, "non-null", what,
        field.consumer(), field.expected().path()));
  }
}

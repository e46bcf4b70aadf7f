package dev.treaty.internal.consumer;

import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A required field must be present: it and every field on its path, up to the nearest ancestor
 * the consumer itself declares optional, or the nearest array or map (a required {@code lines[].sku}
 * says every element has a {@code sku}, not that {@code lines} is there).
 */
final class PresenceCheck implements FieldCheck {

  @Override
  public void check(CheckedField field, List<Finding> out) {
    if (!field.expected().required()) {
      return;
    }
    List<SchemaLocator.Step> steps = field.found().steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      SchemaLocator.Step step = steps.get(i);
      if (SchemaLocator.crossesCollection(step.path(), field.expected().path())) {
        return;
      }
      if (!step.field()) {
        continue;
      }
      if (!step.path().equals(field.expected().path())) {
        Optional<FieldExpectation> ancestor = field.expectation().field(step.path());
        if (ancestor.isPresent() && !ancestor.get().required()) {
          return;
        }
      }
      if (!step.required()) {
        String where = step.path().equals(field.expected().path())
            ? "optional" : "optional (through `" + step.path() + "`)";
        out.add(field.finding(ExpectationRule.FIELD_BECAME_OPTIONAL, "required", where,
            field.consumer(), field.expected().path()));
        return;
      }
    }
  }
}

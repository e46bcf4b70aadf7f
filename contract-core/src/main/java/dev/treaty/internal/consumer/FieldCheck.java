package dev.treaty.internal.consumer;

import dev.treaty.model.DataType;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Finding;
import dev.treaty.model.SchemaModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One rule applied to one field a consumer reads, once the field has been found in the schema. */
interface FieldCheck {

  /**
   * Adds the findings of this rule.
   *
   * @param field the field, as the consumer expects it and as the schema has it
   * @param out where findings go
   */
  void check(CheckedField field, List<Finding> out);

  /**
   * A field a consumer reads, paired with what the schema says about it.
   *
   * @param expectation the consumer's whole expectation
   * @param expected what the consumer assumes about this field
   * @param model the producer's schema
   * @param found what the path leads to in the schema
   */
  record CheckedField(Expectation expectation, FieldExpectation expected, SchemaModel model,
      SchemaLocator.Found found) {

    /** The consumer's name. */
    String consumer() {
      return expectation.consumer();
    }

    /** The schema's type at the path, with null if nullable. */
    DataType type() {
      return found.type();
    }

    /** The schema's type at the path, without null. */
    DataType valueType() {
      return SchemaLocator.nonNull(model, found.type());
    }

    /** A finding of a rule about this field. */
    Finding finding(ExpectationRule rule, @Nullable String oldValue, @Nullable String newValue,
        Object... arguments) {
      return new Finding(rule.id(), expected.path(), null, oldValue, newValue, rule.message(arguments),
          consumer(), rule.descriptor().backward(), rule.descriptor().forward());
    }
  }
}

package dev.treaty.internal.consumer;

import dev.treaty.model.DataType.Conversion;
import dev.treaty.model.Finding;
import dev.treaty.model.TypeName;
import java.util.List;

/** The schema's values must read as the type the consumer reads them as, without rounding. */
final class TypeCheck implements FieldCheck {

  @Override
  public void check(CheckedField field, List<Finding> out) {
    TypeName expected = field.expected().type();
    if (expected == null) {
      return;
    }
    Conversion conversion = TypeMatcher.match(field.valueType(), expected);
    String actual = describe(field);
    if (conversion == Conversion.INCOMPATIBLE) {
      out.add(field.finding(ExpectationRule.FIELD_TYPE_CHANGED, expected.toString(), actual,
          field.consumer(), field.expected().path(), expected, actual));
    } else if (conversion == Conversion.LOSSY) {
      out.add(field.finding(ExpectationRule.FIELD_PRECISION_LOST, expected.toString(), actual,
          field.consumer(), field.expected().path(), expected, actual));
    }
  }

  static String describe(CheckedField field) {
    String name = field.valueType().typeName();
    String format = field.valueType().constraints().format();
    return format == null ? name : name + " (" + format + ")";
  }
}

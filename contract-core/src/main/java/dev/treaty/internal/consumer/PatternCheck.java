package dev.treaty.internal.consumer;

import dev.treaty.model.Finding;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern the consumer assumes must hold for every value: the schema has the same pattern, or a
 * finite set of values that all match it. Two different patterns cannot be compared in general,
 * so that case is undecidable rather than guessed.
 */
final class PatternCheck implements FieldCheck {

  @Override
  public void check(CheckedField field, List<Finding> out) {
    String assumed = field.expected().constraints().pattern();
    if (assumed == null) {
      return;
    }
    String actual = field.valueType().constraints().pattern();
    if (assumed.equals(actual)) {
      return;
    }
    List<String> values = AllowedValues.of(field.valueType());
    if (values != null && allMatch(assumed, values)) {
      return;
    }
    if (actual == null) {
      String have = "any " + field.valueType().typeName();
      out.add(field.finding(ExpectationRule.CONSTRAINT_WIDENED, "pattern " + assumed, have,
          field.consumer(), "pattern " + assumed, field.expected().path(), have));
    } else {
      out.add(field.finding(ExpectationRule.PATTERN_UNPROVEN, "pattern " + assumed, "pattern " + actual,
          field.consumer(), field.expected().path(), assumed, actual));
    }
  }

  private static boolean allMatch(String regex, List<String> values) {
    try {
      Pattern pattern = Pattern.compile(regex);
      // JSON Schema patterns are not anchored: a value matches if the pattern occurs in it.
      return values.stream().allMatch(v -> pattern.matcher(v).find());
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}

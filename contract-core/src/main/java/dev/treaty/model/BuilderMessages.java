package dev.treaty.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Every message the expectation DSL ({@link ExpectationBuilder}, {@link FieldSpec}) throws, as
 * fixed templates in one place. Each says which field, what is wrong and what was expected.
 */
final class BuilderMessages {

  private BuilderMessages() {}

  static String invalidName(String what, String name) {
    return capitalized(what) + " \"" + name + "\" must be 1 to 128 letters, digits, '.', '_' or '-', "
        + "starting with a letter or digit.";
  }

  static String rootPath() {
    return "A field needs a path below the root; the empty path is the whole payload.";
  }

  static String alreadyDeclared(FieldPath path) {
    return "Field `" + path + "` is already declared; change it with refine(\"" + path
        + "\", ...) instead.";
  }

  static String notDeclared(FieldPath path, String action) {
    return "Field `" + path + "` is not declared, so it cannot be " + action + ".";
  }

  static String onField(FieldPath path, String problem) {
    String sentence = problem.endsWith(".") ? problem : problem + ".";
    return "Field `" + path + "`: " + sentence;
  }

  static String negativeLength(String keyword, long value) {
    return keyword + " must be at least 0, was " + value;
  }

  static String lengthsContradict(long min, long max) {
    return "minLength " + min + " is greater than maxLength " + max;
  }

  static String notARegex(String regex, String reason) {
    return "pattern \"" + regex + "\" is not a regular expression (" + reason + ")";
  }

  static String emptyRange(String lowerKeyword, BigDecimal lower, String upperKeyword, BigDecimal upper) {
    return lowerKeyword + " " + plain(lower) + " and " + upperKeyword + " " + plain(upper)
        + " admit no value";
  }

  static String stepNotPositive(BigDecimal step) {
    return "multipleOf must be greater than 0, was " + plain(step);
  }

  static String noValues() {
    return "values(...) needs at least one value";
  }

  static String repeatedValue(String value) {
    return "values list \"" + value + "\" twice";
  }

  static String unknownValuesWithoutValues() {
    return "unknown values can only be tolerated or rejected with values(...): list the values the "
        + "consumer handles";
  }

  static String notApplicable(String keyword, TypeName type, String appliesTo) {
    return keyword + " does not apply to " + type + "; it applies to " + appliesTo;
  }

  static String valueNotOfType(String value, String expected) {
    return "value \"" + value + "\" is not " + expected;
  }

  static String childNeedsParent(FieldPath child, FieldPath parent, String needed, @Nullable TypeName declared) {
    return "Field `" + child + "` needs `" + parent + "` to be " + needed + ", but `" + parent
        + "` is declared as " + declared + ".";
  }

  private static String plain(BigDecimal value) {
    return Constraints.display(value);
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}

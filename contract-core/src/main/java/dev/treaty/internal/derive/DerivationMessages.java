package dev.treaty.internal.derive;

import dev.treaty.model.FieldPath;

/** Every message a derivation throws, as fixed templates in one place. */
final class DerivationMessages {

  private DerivationMessages() {}

  static String summary(Class<?> root) {
    return "Cannot derive an expectation from " + root.getName() + ": ";
  }

  static String unreadableType(FieldPath path, String javaType, String reason) {
    return at(path) + javaType + ", which this ObjectMapper cannot read (" + sentence(reason)
        + "). Register the module on the mapper you pass to Treaty.";
  }

  static String rejectedDefinition(FieldPath path, String javaType, String reason) {
    return at(path) + javaType + ", which Jackson rejects: " + sentence(reason) + ".";
  }

  static String unsupportedPolymorphism(FieldPath path, String javaType, String how) {
    return at(path) + javaType + ", polymorphic with @JsonTypeInfo(" + how + "); Treaty derives "
        + "polymorphic types with use = NAME or SIMPLE_NAME and include = PROPERTY or EXISTING_PROPERTY "
        + "only. Declare this expectation with Expectation.builder(...) instead.";
  }

  static String unwrapped(FieldPath path, String property) {
    return at(path) + "a class with the @JsonUnwrapped property `" + property + "`, which Treaty does "
        + "not derive. Declare this expectation with Expectation.builder(...) instead.";
  }

  static String readFromArray(FieldPath path, String javaType) {
    return at(path) + javaType + ", read from a JSON array (@JsonFormat(shape = ARRAY)), which Treaty "
        + "does not derive. Declare this expectation with Expectation.builder(...) instead.";
  }

  static String enumWithoutNames(FieldPath path, String javaType) {
    return at(path) + "the enum " + javaType + ", which this ObjectMapper reads from no JSON string; "
        + "Treaty derives enums read from strings only. Declare this expectation with "
        + "Expectation.builder(...) instead.";
  }

  private static String at(FieldPath path) {
    return path.isRoot() ? "the payload is " : "`" + path + "` is ";
  }

  private static String sentence(String reason) {
    String firstLine = reason.lines().findFirst().orElse(reason).trim();
    return firstLine.endsWith(".") ? firstLine.substring(0, firstLine.length() - 1) : firstLine;
  }
}

package dev.treaty.internal.jsonschema.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.model.Problem;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks that the keywords Treaty interprets have values of the right shape, so that a typo
 * ({@code "type": "strin"}, {@code "minLength": "5"}) is an error with its line and column, not a
 * silently ignored constraint.
 */
final class KeywordShapes {

  private static final Set<String> TYPE_NAMES = Set.of("null", "boolean", "object", "array",
      "number", "integer", "string");
  private static final List<String> COUNTS = List.of("minLength", "maxLength", "minItems",
      "maxItems", "minProperties", "maxProperties", "minContains", "maxContains");

  private KeywordShapes() {}

  static void check(SchemaNode node, List<Problem> problems) {
    if (!node.json().isObject()) {
      return;
    }
    JsonNode type = node.value("type");
    if (type != null) {
      checkType(node, type, problems);
    }
    for (String keyword : COUNTS) {
      JsonNode value = node.value(keyword);
      if (value != null && !(value.isNumber() && isWhole(value) && value.decimalValue().signum() >= 0)) {
        problems.add(at(node, keyword, "`" + keyword + "` must be a non-negative integer, not "
            + value + "."));
      }
    }
    for (String keyword : List.of("minimum", "maximum")) {
      JsonNode value = node.value(keyword);
      if (value != null && !value.isNumber()) {
        problems.add(at(node, keyword, "`" + keyword + "` must be a number, not " + value + "."));
      }
    }
    for (String keyword : List.of("exclusiveMinimum", "exclusiveMaximum")) {
      checkExclusive(node, keyword, problems);
    }
    JsonNode multipleOf = node.value("multipleOf");
    if (multipleOf != null && !(multipleOf.isNumber() && multipleOf.decimalValue().signum() > 0)) {
      problems.add(at(node, "multipleOf", "`multipleOf` must be a number greater than 0, not "
          + multipleOf + "."));
    }
    for (String keyword : List.of("pattern", "format", "$ref", "contentEncoding",
        "contentMediaType")) {
      JsonNode value = node.value(keyword);
      if (value != null && !value.isTextual()) {
        problems.add(at(node, keyword, "`" + keyword + "` must be a string, not " + value + "."));
      }
    }
    JsonNode pattern = node.value("pattern");
    if (pattern != null && pattern.isTextual()) {
      checkRegex(node, "pattern", pattern.textValue(), problems);
    }
    JsonNode required = node.value("required");
    if (required != null && !isStringArray(required)) {
      problems.add(at(node, "required", "`required` must be an array of property names, not "
          + required + "."));
    }
    JsonNode enumValue = node.value("enum");
    if (enumValue != null && !enumValue.isArray()) {
      problems.add(at(node, "enum", "`enum` must be an array of values, not " + enumValue + "."));
    }
    checkItems(node, problems);
    checkContainers(node, problems);
  }

  private static void checkType(SchemaNode node, JsonNode type, List<Problem> problems) {
    if (type.isTextual()) {
      if (!TYPE_NAMES.contains(type.textValue())) {
        problems.add(at(node, "type", "Unknown type `" + type.textValue() + "`; expected one of "
            + "null, boolean, object, array, number, integer, string."));
      }
      return;
    }
    if (!type.isArray()) {
      problems.add(at(node, "type", "`type` must be a type name or an array of type names, not "
          + type + "."));
      return;
    }
    for (JsonNode item : type) {
      if (!item.isTextual() || !TYPE_NAMES.contains(item.textValue())) {
        problems.add(at(node, "type", "Unknown type " + item + " in `type`; expected one of "
            + "null, boolean, object, array, number, integer, string."));
      }
    }
  }

  private static void checkExclusive(SchemaNode node, String keyword, List<Problem> problems) {
    JsonNode value = node.value(keyword);
    if (value == null) {
      return;
    }
    boolean tolerant = node.document().tolerant();
    boolean draft4 = node.draft() == Draft.DRAFT_4;
    if (value.isBoolean() && !draft4 && !tolerant) {
      problems.add(at(node, keyword, "`" + keyword + "` is a number since draft-06, not a boolean;"
          + " write `" + keyword + "`: <bound> instead of `true` next to the bound."));
    } else if (value.isNumber() && draft4 && !tolerant) {
      problems.add(at(node, keyword, "`" + keyword + "` is a boolean in draft-04; write the bound"
          + " in `" + (keyword.endsWith("Minimum") ? "minimum" : "maximum") + "`."));
    } else if (!value.isBoolean() && !value.isNumber()) {
      problems.add(at(node, keyword, "`" + keyword + "` must be a number, not " + value + "."));
    }
  }

  private static void checkItems(SchemaNode node, List<Problem> problems) {
    JsonNode items = node.value("items");
    if (items != null && items.isArray() && !node.document().tolerant()
        && node.draft() == Draft.DRAFT_2020_12) {
      problems.add(at(node, "items", "`items` must be a schema in 2020-12; write the tuple's "
          + "schemas in `prefixItems`."));
    }
    if (items != null && !items.isArray() && !items.isObject() && !items.isBoolean()) {
      problems.add(at(node, "items", "`items` must be a schema, not " + items + "."));
    }
  }

  private static void checkContainers(SchemaNode node, List<Problem> problems) {
    for (String keyword : Subschemas.SINGLE) {
      JsonNode value = node.value(keyword);
      if (value != null && !keyword.equals("items") && !value.isObject() && !value.isBoolean()) {
        problems.add(at(node, keyword, "`" + keyword + "` must be a schema, not " + value + "."));
      }
    }
    for (String keyword : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
      JsonNode value = node.value(keyword);
      if (value != null && !value.isArray()) {
        problems.add(at(node, keyword, "`" + keyword + "` must be an array of schemas, not "
            + value + "."));
      }
    }
    for (String keyword : Subschemas.MAPS) {
      JsonNode value = node.value(keyword);
      if (value != null && !value.isObject()) {
        problems.add(at(node, keyword, "`" + keyword + "` must be an object, not " + value + "."));
      }
    }
    JsonNode patterns = node.value("patternProperties");
    if (patterns != null && patterns.isObject()) {
      patterns.fieldNames().forEachRemaining(
          name -> checkRegex(node, "patternProperties", name, problems));
    }
  }

  /**
   * Refuses only regular expressions that no engine accepts. ECMA-262 features Java lacks are
   * rare; such a pattern is still read, and compared by its text.
   */
  private static void checkRegex(SchemaNode node, String keyword, String regex,
      List<Problem> problems) {
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      if (regex.chars().filter(c -> c == '(').count() != regex.chars().filter(c -> c == ')').count()
          || regex.endsWith("\\")) {
        problems.add(at(node, keyword, "`" + regex + "` is not a regular expression: "
            + e.getDescription() + "."));
      }
    }
  }

  private static boolean isWhole(JsonNode value) {
    return value.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  private static boolean isStringArray(JsonNode value) {
    if (!value.isArray()) {
      return false;
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static Problem at(SchemaNode node, String keyword, String message) {
    String pointer = node.pointer() + "/" + SchemaNode.escape(keyword);
    return new Problem(node.document().locate(pointer), message);
  }
}

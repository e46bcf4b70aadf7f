package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which keywords hold subschemas, and how: one subschema, a map of them, or a list. The walker,
 * the reference index, the vocabulary harvest and the edit catalogue all read this one table, so a
 * keyword added here is seen everywhere.
 */
final class SchemaKeywords {

  /** Keywords whose value is one subschema. */
  static final Set<String> SINGLE = Set.of("additionalProperties", "additionalItems", "contains",
      "propertyNames", "not", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems",
      "contentSchema");

  /** Keywords whose value maps names to subschemas. */
  static final Set<String> MAP = Set.of("properties", "patternProperties", "definitions", "$defs",
      "dependentSchemas", "dependencies");

  /** Keywords whose value is a list of subschemas. */
  static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  /** A subschema found by the walk: where it is and what it is. */
  record Located(JsonPointer pointer, JsonNode schema) {}

  private SchemaKeywords() {}

  /**
   * Every subschema of a schema, itself included, in document order. {@code items} holds one
   * subschema or (before 2020-12) a list; {@code dependencies} mixes subschemas with lists of
   * names, which are skipped.
   */
  static List<Located> walk(JsonNode root) {
    List<Located> found = new ArrayList<>();
    walk(new Located(JsonPointer.empty(), root), found);
    return found;
  }

  private static void walk(Located schema, List<Located> found) {
    found.add(schema);
    for (Located child : children(schema.pointer(), schema.schema())) {
      walk(child, found);
    }
  }

  /** The direct subschemas of a schema, in document order. */
  static List<Located> children(JsonPointer at, JsonNode schema) {
    List<Located> found = new ArrayList<>();
    if (!schema.isObject()) {
      return found;
    }
    for (Map.Entry<String, JsonNode> entry : schema.properties()) {
      String keyword = entry.getKey();
      JsonNode value = entry.getValue();
      JsonPointer here = at.appendProperty(keyword);
      if (SINGLE.contains(keyword) || keyword.equals("items") && !value.isArray()) {
        if (isSchema(value)) {
          found.add(new Located(here, value));
        }
      } else if (LIST.contains(keyword) || keyword.equals("items")) {
        for (int i = 0; i < value.size(); i++) {
          if (isSchema(value.get(i))) {
            found.add(new Located(here.appendIndex(i), value.get(i)));
          }
        }
      } else if (MAP.contains(keyword) && value.isObject()) {
        for (Map.Entry<String, JsonNode> named : value.properties()) {
          if (isSchema(named.getValue())) {
            found.add(new Located(here.appendProperty(named.getKey()), named.getValue()));
          }
        }
      }
    }
    return found;
  }

  /** Objects and booleans are schemas; anything else in a schema position is not walked. */
  static boolean isSchema(JsonNode node) {
    return node.isObject() || node.isBoolean();
  }
}

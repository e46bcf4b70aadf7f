package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One kind of single-keyword edit of a subschema: add, remove, tighten or loosen a constraint,
 * change a type, open or close an object... It may apply to a subschema in several ways (remove
 * property {@code a}, remove property {@code b}) or not at all.
 *
 * @param name what the edit does, e.g. {@code raise minimum}
 * @param apply the edited subschemas, each with a detail naming the way (empty detail if one way)
 */
record SchemaEdit(String name, BiFunction<JsonNode, Draft, List<Edited>> apply) {

  /**
   * A subschema after an edit.
   *
   * @param detail which way the edit applied, e.g. the property name; empty when there is one way
   * @param schema the edited subschema
   */
  record Edited(String detail, JsonNode schema) {}

  List<Edited> applyTo(JsonNode subschema, Draft draft) {
    return apply.apply(subschema, draft);
  }
}

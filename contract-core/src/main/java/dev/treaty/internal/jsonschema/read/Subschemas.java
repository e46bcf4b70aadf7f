package dev.treaty.internal.jsonschema.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The keywords whose values are subschemas, by the shape of their value. One list for every
 * walk over a schema's structure (indexing ids, resolving references, checking keyword values).
 */
final class Subschemas {

  /** Keywords whose value is one schema. */
  static final List<String> SINGLE = List.of("additionalProperties", "additionalItems",
      "unevaluatedProperties", "unevaluatedItems", "contains", "propertyNames", "not", "if",
      "then", "else", "contentSchema", "items");
  /** Keywords whose value is an array of schemas. */
  static final List<String> ARRAYS = List.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
  /** Keywords whose value maps names to schemas. */
  static final List<String> MAPS = List.of("properties", "patternProperties", "$defs",
      "definitions", "dependentSchemas", "dependencies");

  private Subschemas() {}

  /**
   * The direct subschemas of a node, including definitions (which are walked even where the
   * draft does not define the container, because {@code $ref}s reach them by pointer).
   *
   * @param node a schema
   * @return its subschemas, in keyword order
   */
  static List<SchemaNode> of(SchemaNode node) {
    List<SchemaNode> children = new ArrayList<>();
    if (!node.json().isObject()) {
      return children;
    }
    for (String keyword : SINGLE) {
      SchemaNode child = node.subschema(keyword);
      if (child != null) {
        children.add(child);
      }
    }
    for (String keyword : ARRAYS) {
      children.addAll(node.subschemaList(keyword));
    }
    for (String keyword : MAPS) {
      children.addAll(node.subschemaMap(keyword).values());
    }
    for (String container : List.of("$defs", "definitions")) {
      if (!node.has(container) && node.json().path(container).isObject()) {
        node.json().get(container).fieldNames().forEachRemaining(name -> children.add(
            node.graph().node(node.document(), node.pointer() + "/" + container + "/"
                + SchemaNode.escape(name))));
      }
    }
    children.removeIf(child -> !child.json().isObject() && !child.json().isBoolean());
    return children;
  }
}

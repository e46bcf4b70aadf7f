package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One value of every JSON kind: what a writer may put where its schema says nothing, as the value
 * of an extra property, an extra array item, or a subschema without a type. A reader that
 * constrains that place rejects at least one of them.
 */
final class AnyValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private AnyValues() {}

  /** A string, an integer, a fraction, an object, null, an array and a boolean, in that order. */
  static List<JsonNode> ofEveryKind() {
    ObjectNode object = JSON.objectNode();
    object.put("k", "v");
    return List.of(JSON.textNode("x"), JSON.numberNode(1), JSON.numberNode(2.5), object,
        JSON.nullNode(), JSON.arrayNode().add(1).add("a"), JSON.booleanNode(true));
  }

  /** The simplest value of every kind, for types nothing else describes. */
  static List<JsonNode> simplest() {
    return List.of(JSON.nullNode(), JSON.booleanNode(true), JSON.booleanNode(false),
        JSON.numberNode(0), JSON.numberNode(-1), JSON.numberNode(1.5), JSON.textNode(""),
        JSON.textNode("x"), JSON.objectNode(), JSON.arrayNode());
  }
}

package dev.treaty.internal.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts between JSON trees and the plain, immutable Java values that the public model exposes
 * for free-form content (custom property values, logical type options): {@code String},
 * {@code Boolean}, {@code Long}, {@code BigInteger}, {@code BigDecimal}, {@code List},
 * {@code Map} (insertion-ordered), or {@code null}.
 */
public final class PlainValues {

  private PlainValues() {}

  public static @Nullable Object fromNode(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(fromNode(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isObject()) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        map.put(entry.getKey(), fromNode(entry.getValue()));
      }
      return Collections.unmodifiableMap(map);
    }
    return node.asText();
  }

  public static Map<String, @Nullable Object> objectFromNode(@Nullable JsonNode node) {
    if (node == null || !node.isObject()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> map = (Map<String, @Nullable Object>) fromNode(node);
    return map == null ? Map.of() : map;
  }

  public static JsonNode toNode(@Nullable Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof String text) {
      return nodes.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return nodes.booleanNode(bool);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return nodes.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return nodes.numberNode(big);
    }
    if (value instanceof BigDecimal decimal) {
      return nodes.numberNode(decimal);
    }
    if (value instanceof Double || value instanceof Float) {
      return nodes.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof List<?> list) {
      ArrayNode array = nodes.arrayNode();
      list.forEach(element -> array.add(toNode(element)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = nodes.objectNode();
      map.forEach((key, element) -> object.set(String.valueOf(key), toNode(element)));
      return object;
    }
    throw new IllegalArgumentException(
        "unsupported value type " + value.getClass().getName()
            + "; use String, Boolean, a number, List, Map or null");
  }

  public static List<String> strings(@Nullable JsonNode node) {
    if (node == null || !node.isArray()) {
      return List.of();
    }
    List<String> list = new ArrayList<>(node.size());
    node.forEach(element -> list.add(element.asText()));
    return List.copyOf(list);
  }

  public static @Nullable String text(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }

  public static boolean flag(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && node.asBoolean(false);
  }
}

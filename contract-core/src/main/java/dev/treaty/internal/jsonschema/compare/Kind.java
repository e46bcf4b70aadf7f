package dev.treaty.internal.jsonschema.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of JSON value. Integers are numbers: whether a schema allows only integers is a
 * property of its number facet, not a kind of its own.
 */
public enum Kind {
  /** {@code null}. */
  NULL,
  /** {@code true} and {@code false}. */
  BOOLEAN,
  /** Numbers, integer or not. */
  NUMBER,
  /** Strings. */
  STRING,
  /** Arrays. */
  ARRAY,
  /** Objects. */
  OBJECT;

  /**
   * The JSON Schema type name, e.g. {@code string}.
   *
   * @return the name
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind a JSON Schema type name stands for.
   *
   * @param typeName e.g. {@code integer}
   * @return the kind, or {@code null} for an unknown name
   */
  public static @Nullable Kind ofTypeName(String typeName) {
    return switch (typeName) {
      case "null" -> NULL;
      case "boolean" -> BOOLEAN;
      case "number", "integer" -> NUMBER;
      case "string" -> STRING;
      case "array" -> ARRAY;
      case "object" -> OBJECT;
      default -> null;
    };
  }

  /**
   * The kind of a JSON value.
   *
   * @param value a value
   * @return its kind
   */
  public static Kind of(JsonNode value) {
    if (value.isNull()) {
      return NULL;
    }
    if (value.isBoolean()) {
      return BOOLEAN;
    }
    if (value.isNumber()) {
      return NUMBER;
    }
    if (value.isTextual()) {
      return STRING;
    }
    return value.isArray() ? ARRAY : OBJECT;
  }

  /**
   * Whether a number is a whole number, as JSON Schema's {@code integer} means it.
   *
   * @param value a number
   * @return {@code true} if its fractional part is zero
   */
  public static boolean isIntegral(JsonNode value) {
    return value.isIntegralNumber()
        || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
  }
}

package dev.treaty.internal.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The finite set of values a schema type allows, as the text a consumer would write in
 * {@code values}: enum symbols, the values of an {@code enum}/{@code const} constraint, or
 * {@code true}/{@code false}.
 */
final class AllowedValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AllowedValues() {}

  /**
   * The allowed values.
   *
   * @param type a type without null
   * @return the values in schema order, or {@code null} when the set is not finite
   */
  static @Nullable List<String> of(DataType type) {
    if (type instanceof EnumType enumType) {
      return enumType.symbols();
    }
    List<String> literals = type.constraints().allowedValues();
    if (!literals.isEmpty()) {
      List<String> values = new ArrayList<>(literals.size());
      for (String literal : literals) {
        values.add(text(literal));
      }
      return values;
    }
    if (type instanceof ScalarType scalar && scalar.kind() == ScalarKind.BOOLEAN) {
      return List.of("true", "false");
    }
    return null;
  }

  /** A JSON literal as plain text: {@code "EUR"} becomes {@code EUR}, {@code 3} stays {@code 3}. */
  static String text(String literal) {
    try {
      JsonNode node = JSON.readTree(literal);
      return node == null ? literal : node.isTextual() ? node.textValue() : node.toString();
    } catch (JsonProcessingException e) {
      return literal;
    }
  }
}

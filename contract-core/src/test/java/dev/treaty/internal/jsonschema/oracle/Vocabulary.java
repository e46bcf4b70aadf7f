package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a pair of schemas is written in: property names, string and number literals, bounds,
 * patterns and formats. The generator mixes them into its instances because the instance that
 * tells two schemas apart nearly always uses a word of the other one: the property the reader
 * declares, the bound it moved, the enum value it dropped.
 */
final class Vocabulary {

  private static final Set<String> NUMERIC_KEYWORDS = Set.of("minimum", "maximum",
      "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems",
      "maxItems", "minProperties", "maxProperties", "minContains", "maxContains");

  private final Set<String> names = new LinkedHashSet<>();
  private final Set<String> strings = new LinkedHashSet<>();
  private final Set<BigDecimal> numbers = new LinkedHashSet<>();
  private final Set<String> patterns = new LinkedHashSet<>();
  private final Set<String> formats = new LinkedHashSet<>();

  private Vocabulary() {}

  /** The vocabulary of the given schemas, in document order. */
  static Vocabulary of(JsonNode... schemas) {
    Vocabulary vocabulary = new Vocabulary();
    for (JsonNode schema : schemas) {
      for (SchemaKeywords.Located located : SchemaKeywords.walk(schema)) {
        vocabulary.harvest(located.schema());
      }
    }
    return vocabulary;
  }

  /** An empty vocabulary: the generator then uses only its own edge values. */
  static Vocabulary empty() {
    return new Vocabulary();
  }

  private void harvest(JsonNode schema) {
    if (!schema.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : schema.properties()) {
      String keyword = entry.getKey();
      JsonNode value = entry.getValue();
      switch (keyword) {
        case "properties", "dependentRequired", "dependentSchemas", "dependencies" ->
            value.fieldNames().forEachRemaining(names::add);
        case "required" -> value.forEach(n -> names.add(n.asText()));
        case "enum" -> value.forEach(this::literal);
        case "const" -> literal(value);
        case "pattern" -> patterns.add(value.asText());
        case "patternProperties" -> value.fieldNames().forEachRemaining(patterns::add);
        case "format" -> formats.add(value.asText());
        default -> {
          if (NUMERIC_KEYWORDS.contains(keyword) && value.isNumber()) {
            numbers.add(value.decimalValue().stripTrailingZeros());
          }
        }
      }
      if ((keyword.equals("dependentRequired") || keyword.equals("dependencies")) && value.isObject()) {
        value.forEach(list -> {
          if (list.isArray()) {
            list.forEach(n -> names.add(n.asText()));
          }
        });
      }
    }
  }

  private void literal(JsonNode value) {
    if (value.isTextual()) {
      strings.add(value.asText());
    } else if (value.isNumber()) {
      numbers.add(value.decimalValue().stripTrailingZeros());
    }
  }

  List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(names));
  }

  List<String> strings() {
    return Collections.unmodifiableList(new ArrayList<>(strings));
  }

  List<BigDecimal> numbers() {
    return Collections.unmodifiableList(new ArrayList<>(numbers));
  }

  List<String> patterns() {
    return Collections.unmodifiableList(new ArrayList<>(patterns));
  }

  List<String> formats() {
    return Collections.unmodifiableList(new ArrayList<>(formats));
  }
}

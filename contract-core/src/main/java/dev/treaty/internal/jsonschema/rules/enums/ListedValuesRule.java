package dev.treaty.internal.jsonschema.rules.enums;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.jsonschema.compare.Admission;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.Render;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values an alternative lists with {@code enum} or {@code const} (the same thing here: a
 * {@code const} is a one-value {@code enum}): a list introduced or dropped, values added or
 * removed. Booleans and null always count as listed, so {@code enum: [true]} is "value false
 * removed". Other keywords that reject a listed value are judged by their own rules, and the
 * pair is settled value by value afterwards.
 */
public final class ListedValuesRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return EnumSet.allOf(Kind.class);
  }

  @Override
  public void check(Pair pair) {
    List<JsonNode> older = Admission.values(pair.older(), pair.kind());
    List<JsonNode> newer = Admission.values(pair.newer(), pair.kind());
    if (older == null && newer == null) {
      return;
    }
    String pointer = pair.pointer(hasEnum(pair) ? "enum" : "const");
    if (older == null) {
      pair.report(JsonSchemaRule.ENUM_ADDED, pointer, null, Render.quoted(newer), BREAKING,
          COMPATIBLE);
      return;
    }
    if (newer == null) {
      pair.report(JsonSchemaRule.ENUM_REMOVED, pointer, Render.quoted(older), null, COMPATIBLE,
          BREAKING);
      return;
    }
    Map<String, JsonNode> was = byText(older);
    Map<String, JsonNode> now = byText(newer);
    now.forEach((text, value) -> {
      if (!was.containsKey(text)) {
        pair.report(JsonSchemaRule.ENUM_VALUE_ADDED, pointer, null, Render.quoted(value),
            COMPATIBLE, BREAKING);
      }
    });
    was.forEach((text, value) -> {
      if (!now.containsKey(text)) {
        pair.report(JsonSchemaRule.ENUM_VALUE_REMOVED, pointer, Render.quoted(value), null,
            BREAKING, COMPATIBLE);
      }
    });
  }

  private static boolean hasEnum(Pair pair) {
    return pair.newer().members().stream().anyMatch(m -> m.has("enum"))
        || (pair.newer().members().stream().noneMatch(m -> m.has("const"))
            && pair.older().members().stream().anyMatch(m -> m.has("enum")));
  }

  private static Map<String, JsonNode> byText(List<JsonNode> values) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    values.forEach(v -> map.put(CanonicalJson.of(v), v));
    return map;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.ENUM_ADDED, JsonSchemaRule.ENUM_REMOVED,
        JsonSchemaRule.ENUM_VALUE_ADDED, JsonSchemaRule.ENUM_VALUE_REMOVED);
  }
}

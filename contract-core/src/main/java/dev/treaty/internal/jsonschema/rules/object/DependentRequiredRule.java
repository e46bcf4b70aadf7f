package dev.treaty.internal.jsonschema.rules.object;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.FieldPath;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "When property a is present, b must be too": {@code dependentRequired}, or the array form of
 * {@code dependencies}. Each such requirement added breaks old data that has a without b.
 */
public final class DependentRequiredRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.OBJECT);
  }

  @Override
  public void check(Pair pair) {
    Map<String, Set<String>> older = requirements(pair.older());
    Map<String, Set<String>> newer = requirements(pair.newer());
    String pointer = pair.pointer(pair.newer().members().stream()
        .anyMatch(m -> m.has("dependentRequired")) ? "dependentRequired" : "dependencies");
    newer.forEach((trigger, names) -> names.forEach(name -> {
      if (!older.getOrDefault(trigger, Set.of()).contains(name)) {
        pair.report(JsonSchemaRule.DEPENDENT_REQUIRED_ADDED, FieldPath.ROOT, pointer, null,
            "`" + name + "`", Map.of("name", "`" + trigger + "`"), BREAKING, COMPATIBLE);
      }
    }));
    older.forEach((trigger, names) -> names.forEach(name -> {
      if (!newer.getOrDefault(trigger, Set.of()).contains(name)) {
        pair.report(JsonSchemaRule.DEPENDENT_REQUIRED_REMOVED, FieldPath.ROOT, pointer,
            "`" + name + "`", null, Map.of("name", "`" + trigger + "`"), COMPATIBLE, BREAKING);
      }
    }));
  }

  private static Map<String, Set<String>> requirements(Conjunction alternative) {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    for (SchemaNode member : alternative.members()) {
      member.dependentRequired().forEach((trigger, names) ->
          map.computeIfAbsent(trigger, t -> new LinkedHashSet<>()).addAll(names));
    }
    return map;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.DEPENDENT_REQUIRED_ADDED,
        JsonSchemaRule.DEPENDENT_REQUIRED_REMOVED);
  }
}

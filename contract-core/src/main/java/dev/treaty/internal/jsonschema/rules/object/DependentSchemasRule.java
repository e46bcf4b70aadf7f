package dev.treaty.internal.jsonschema.rules.object;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.DeepContent;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "When property a is present, the object must also satisfy S": {@code dependentSchemas}, or
 * the schema form of {@code dependencies}. Judged in context: old objects (with their other
 * constraints and the old S) must satisfy the new S backward, and the other way forward.
 */
public final class DependentSchemasRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.OBJECT);
  }

  @Override
  public void check(Pair pair) {
    Map<String, List<SchemaNode>> older = schemas(pair.older());
    Map<String, List<SchemaNode>> newer = schemas(pair.newer());
    Set<String> triggers = new LinkedHashSet<>(older.keySet());
    triggers.addAll(newer.keySet());
    String pointer = pair.pointer(pair.newer().members().stream()
        .anyMatch(m -> m.has("dependentSchemas")) ? "dependentSchemas" : "dependencies");
    for (String trigger : triggers) {
      List<SchemaNode> was = older.getOrDefault(trigger, List.of());
      List<SchemaNode> now = newer.getOrDefault(trigger, List.of());
      if (contents(was).equals(contents(now))) {
        continue;
      }
      Classification backward = now.isEmpty() ? COMPATIBLE
          : pair.containsInContext(pair.older(), was, now);
      Classification forward = was.isEmpty() ? COMPATIBLE
          : pair.containsInContext(pair.newer(), now, was);
      JsonSchemaRule rule = was.isEmpty() ? JsonSchemaRule.DEPENDENT_SCHEMA_ADDED
          : now.isEmpty() ? JsonSchemaRule.DEPENDENT_SCHEMA_REMOVED
          : JsonSchemaRule.DEPENDENT_SCHEMA_CHANGED;
      pair.report(rule, FieldPath.ROOT, pointer, null, null, Map.of("name", "`" + trigger + "`"),
          backward, forward);
    }
  }

  private static Map<String, List<SchemaNode>> schemas(Conjunction alternative) {
    Map<String, List<SchemaNode>> map = new LinkedHashMap<>();
    if (!alternative.withResiduals()) {
      return map;
    }
    for (SchemaNode member : alternative.members()) {
      member.dependentSchemas().forEach((trigger, schema) ->
          map.computeIfAbsent(trigger, t -> new ArrayList<>()).add(schema));
    }
    return map;
  }

  private static Set<String> contents(List<SchemaNode> schemas) {
    Set<String> texts = new TreeSet<>();
    schemas.forEach(s -> texts.add(DeepContent.of(s)));
    return texts;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.DEPENDENT_SCHEMA_ADDED, JsonSchemaRule.DEPENDENT_SCHEMA_REMOVED,
        JsonSchemaRule.DEPENDENT_SCHEMA_CHANGED);
  }
}

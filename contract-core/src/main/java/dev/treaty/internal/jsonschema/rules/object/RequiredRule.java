package dev.treaty.internal.jsonschema.rules.object;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.PropertySchemas;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.FieldPath;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A property became required (old data without it breaks) or optional. */
public final class RequiredRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.OBJECT);
  }

  @Override
  public void check(Pair pair) {
    Set<String> older = PropertySchemas.required(pair.older());
    Set<String> newer = PropertySchemas.required(pair.newer());
    String pointer = pair.pointer("required");
    for (String name : newer) {
      if (!older.contains(name)) {
        pair.report(JsonSchemaRule.REQUIRED_ADDED, FieldPath.ofFields(name), pointer, "optional",
            "required", Map.of(), BREAKING, COMPATIBLE);
      }
    }
    for (String name : older) {
      if (!newer.contains(name)) {
        pair.report(JsonSchemaRule.REQUIRED_REMOVED, FieldPath.ofFields(name), pointer,
            "required", "optional", Map.of(), COMPATIBLE, BREAKING);
      }
    }
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.REQUIRED_ADDED, JsonSchemaRule.REQUIRED_REMOVED);
  }
}

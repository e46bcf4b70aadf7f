package dev.treaty.internal.jsonschema.rules.array;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.List;
import java.util.Set;

/** {@code uniqueItems: true} added (repeated items break) or removed. */
public final class UniqueItemsRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.ARRAY);
  }

  @Override
  public void check(Pair pair) {
    boolean older = unique(pair.older());
    boolean newer = unique(pair.newer());
    if (older == newer) {
      return;
    }
    String pointer = pair.pointer("uniqueItems");
    if (newer) {
      pair.report(JsonSchemaRule.UNIQUE_ITEMS_ADDED, pointer, "false", "true", BREAKING,
          COMPATIBLE);
    } else {
      pair.report(JsonSchemaRule.UNIQUE_ITEMS_REMOVED, pointer, "true", "false", COMPATIBLE,
          BREAKING);
    }
  }

  private static boolean unique(Conjunction alternative) {
    return alternative.members().stream().anyMatch(m -> m.flag("uniqueItems"));
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.UNIQUE_ITEMS_ADDED, JsonSchemaRule.UNIQUE_ITEMS_REMOVED);
  }
}

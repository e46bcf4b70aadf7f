package dev.treaty.internal.jsonschema.rules.number;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.Render;
import dev.treaty.internal.jsonschema.read.Bound;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.List;
import java.util.Set;

/**
 * The lower bound of numbers, whichever spelling ({@code minimum}, boolean or numeric
 * {@code exclusiveMinimum}) and whichever draft: the tightest bound of each side, with integer
 * bounds made whole ({@code > 0.5} on integers is {@code >= 1}).
 */
public final class MinimumRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.NUMBER);
  }

  @Override
  public void check(Pair pair) {
    Bound older = Bounds.comparable(pair, true, true);
    Bound newer = Bounds.comparable(pair, false, true);
    int order = Bounds.compareLower(older, newer);
    if (order == 0) {
      return;
    }
    String pointer = pair.pointer(pair.newer().members().stream()
        .anyMatch(m -> m.has("exclusiveMinimum")) ? "exclusiveMinimum" : "minimum");
    if (order < 0) {
      pair.report(JsonSchemaRule.MINIMUM_INCREASED, pointer, Render.lower(older),
          Render.lower(newer), BREAKING, COMPATIBLE);
    } else {
      pair.report(JsonSchemaRule.MINIMUM_DECREASED, pointer, Render.lower(older),
          Render.lower(newer), COMPATIBLE, BREAKING);
    }
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.MINIMUM_INCREASED, JsonSchemaRule.MINIMUM_DECREASED);
  }

}

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
 * The upper bound of numbers, whichever spelling ({@code maximum}, boolean or numeric
 * {@code exclusiveMaximum}) and whichever draft, compared like {@link MinimumRule}.
 */
public final class MaximumRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.NUMBER);
  }

  @Override
  public void check(Pair pair) {
    Bound older = Bounds.comparable(pair, true, false);
    Bound newer = Bounds.comparable(pair, false, false);
    int order = Bounds.compareUpper(older, newer);
    if (order == 0) {
      return;
    }
    String pointer = pair.pointer(pair.newer().members().stream()
        .anyMatch(m -> m.has("exclusiveMaximum")) ? "exclusiveMaximum" : "maximum");
    if (order < 0) {
      pair.report(JsonSchemaRule.MAXIMUM_DECREASED, pointer, Render.upper(older),
          Render.upper(newer), BREAKING, COMPATIBLE);
    } else {
      pair.report(JsonSchemaRule.MAXIMUM_INCREASED, pointer, Render.upper(older),
          Render.upper(newer), COMPATIBLE, BREAKING);
    }
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.MAXIMUM_INCREASED, JsonSchemaRule.MAXIMUM_DECREASED);
  }
}

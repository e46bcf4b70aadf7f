package dev.treaty.internal.jsonschema.rules.array;

import dev.treaty.internal.jsonschema.compare.CountRule;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;

/** The least number of array items (minItems). */
public final class MinItemsRule extends CountRule {

  /** Creates the rule. */
  public MinItemsRule() {
    super(Kind.ARRAY, "minItems", true, JsonSchemaRule.MIN_ITEMS_INCREASED, JsonSchemaRule.MIN_ITEMS_DECREASED);
  }
}

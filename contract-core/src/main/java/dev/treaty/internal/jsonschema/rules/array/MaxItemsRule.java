package dev.treaty.internal.jsonschema.rules.array;

import dev.treaty.internal.jsonschema.compare.CountRule;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;

/** The greatest number of array items (maxItems). */
public final class MaxItemsRule extends CountRule {

  /** Creates the rule. */
  public MaxItemsRule() {
    super(Kind.ARRAY, "maxItems", false, JsonSchemaRule.MAX_ITEMS_INCREASED, JsonSchemaRule.MAX_ITEMS_DECREASED);
  }
}

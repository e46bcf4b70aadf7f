package dev.treaty.internal.jsonschema.rules.object;

import dev.treaty.internal.jsonschema.compare.CountRule;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;

/** The least number of object properties (minProperties). */
public final class MinPropertiesRule extends CountRule {

  /** Creates the rule. */
  public MinPropertiesRule() {
    super(Kind.OBJECT, "minProperties", true, JsonSchemaRule.MIN_PROPERTIES_INCREASED, JsonSchemaRule.MIN_PROPERTIES_DECREASED);
  }
}

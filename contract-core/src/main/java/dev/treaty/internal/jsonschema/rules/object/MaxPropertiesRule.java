package dev.treaty.internal.jsonschema.rules.object;

import dev.treaty.internal.jsonschema.compare.CountRule;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;

/** The greatest number of object properties (maxProperties). */
public final class MaxPropertiesRule extends CountRule {

  /** Creates the rule. */
  public MaxPropertiesRule() {
    super(Kind.OBJECT, "maxProperties", false, JsonSchemaRule.MAX_PROPERTIES_INCREASED, JsonSchemaRule.MAX_PROPERTIES_DECREASED);
  }
}

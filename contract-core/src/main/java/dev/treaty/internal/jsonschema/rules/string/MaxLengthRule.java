package dev.treaty.internal.jsonschema.rules.string;

import dev.treaty.internal.jsonschema.compare.CountRule;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;

/** The greatest length of strings (maxLength). */
public final class MaxLengthRule extends CountRule {

  /** Creates the rule. */
  public MaxLengthRule() {
    super(Kind.STRING, "maxLength", false, JsonSchemaRule.MAX_LENGTH_INCREASED, JsonSchemaRule.MAX_LENGTH_DECREASED);
  }
}

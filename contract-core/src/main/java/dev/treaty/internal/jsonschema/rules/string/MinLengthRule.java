package dev.treaty.internal.jsonschema.rules.string;

import dev.treaty.internal.jsonschema.compare.CountRule;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;

/** The least length of strings (minLength). */
public final class MinLengthRule extends CountRule {

  /** Creates the rule. */
  public MinLengthRule() {
    super(Kind.STRING, "minLength", true, JsonSchemaRule.MIN_LENGTH_INCREASED, JsonSchemaRule.MIN_LENGTH_DECREASED);
  }
}

package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.List;

/**
 * A rule that looks at one place in the data as a whole: which kinds of value the old and the
 * new schema admit there.
 */
public interface LocationRule {

  /**
   * Judges a place and reports what changed.
   *
   * @param location the old and new schemas of one place
   */
  void check(Location location);

  /**
   * The catalogue entries this rule reports.
   *
   * @return the rules
   */
  List<JsonSchemaRule> reports();
}

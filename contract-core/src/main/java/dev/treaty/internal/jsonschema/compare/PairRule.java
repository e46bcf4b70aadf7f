package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.List;
import java.util.Set;

/**
 * A rule that looks at one old and one new alternative for one kind of value, such as the
 * lengths of strings or the properties of objects. The engine pairs the alternatives; the rule
 * only judges the pair.
 */
public interface PairRule {

  /**
   * The kinds of value the rule judges.
   *
   * @return e.g. {@code STRING}
   */
  Set<Kind> kinds();

  /**
   * Judges a pair and reports what changed.
   *
   * @param pair the old and new alternative
   */
  void check(Pair pair);

  /**
   * The catalogue entries this rule reports.
   *
   * @return the rules
   */
  List<JsonSchemaRule> reports();
}

package dev.treaty.avro.internal.compare;

import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;

/**
 * A rule that judges one old and one new schema at the same place in the data (two records, two
 * enums, a primitive that became another). The engine pairs the schemas and descends into fields,
 * items, values and union branches; a rule only judges the pair in front of it.
 */
public interface PairRule {

  /**
   * Judges a pair and reports what changed.
   *
   * @param pair the old and new schema, and the directions they are read in
   */
  void check(Pair pair);

  /**
   * The catalogue entries this rule reports.
   *
   * @return the rules
   */
  List<AvroRule> reports();
}

package dev.treaty.avro.internal;

import dev.treaty.avro.internal.compare.Change;
import dev.treaty.avro.internal.compare.CheckerGuard;
import dev.treaty.avro.internal.compare.Comparison;
import dev.treaty.avro.internal.compare.Findings;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.avro.internal.rules.collection.ItemSizeRule;
import dev.treaty.avro.internal.rules.enums.EnumDefaultRule;
import dev.treaty.avro.internal.rules.enums.EnumSymbolsRule;
import dev.treaty.avro.internal.rules.field.FieldAddedRule;
import dev.treaty.avro.internal.rules.field.FieldDefaultRule;
import dev.treaty.avro.internal.rules.field.FieldRemovedRule;
import dev.treaty.avro.internal.rules.field.FieldRenamedRule;
import dev.treaty.avro.internal.rules.logical.DecimalRule;
import dev.treaty.avro.internal.rules.logical.LogicalTypeRule;
import dev.treaty.avro.internal.rules.named.FixedSizeRule;
import dev.treaty.avro.internal.rules.named.NameRule;
import dev.treaty.avro.internal.rules.type.TypeRule;
import dev.treaty.model.Finding;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Compares two Avro schemas: the rules, the engine that pairs what they judge, and Avro's own
 * checker as a guard.
 */
public final class AvroEvolution {

  /** Rules that judge one old and one new schema at a place. */
  public static final List<PairRule> RULES = List.of(
      new TypeRule(), new LogicalTypeRule(), new DecimalRule(),
      new NameRule(), new FixedSizeRule(),
      new EnumSymbolsRule(), new EnumDefaultRule(),
      new FieldAddedRule(), new FieldRemovedRule(), new FieldRenamedRule(),
      new FieldDefaultRule(),
      new ItemSizeRule());

  /** What the engine reports itself: union branches, limits, the checker guard. */
  public static final List<AvroRule> ENGINE = List.of(AvroRule.UNION_BRANCH_ADDED,
      AvroRule.UNION_BRANCH_REMOVED, AvroRule.NULLABLE_ADDED, AvroRule.NULLABLE_REMOVED,
      AvroRule.COMPARISON_LIMIT, AvroRule.RESOLUTION_INCOMPATIBLE);

  private AvroEvolution() {}

  /**
   * Compares two schemas.
   *
   * @param older the earlier version
   * @param newer the later version
   * @return the findings, sorted
   */
  public static List<Finding> compare(ParsedAvroSchema older, ParsedAvroSchema newer) {
    return compare(older.schema(), newer.schema(), older.read()::pointerOf,
        newer.read()::pointerOf, RULES);
  }

  /**
   * Compares two schemas with a given set of rules (tests leave rules out to exercise the
   * guard).
   *
   * @param older the earlier version
   * @param newer the later version
   * @param olderPointers where the old schema's named types are defined
   * @param newerPointers where the new schema's named types are defined
   * @param rules the pair rules
   * @return the findings, sorted
   */
  public static List<Finding> compare(Schema older, Schema newer,
      Comparison.Pointers olderPointers, Comparison.Pointers newerPointers,
      List<PairRule> rules) {
    Comparison comparison = new Comparison(rules, olderPointers, newerPointers);
    List<Change> changes = comparison.run(older, newer);
    if (!comparison.wasCut()) {
      changes = CheckerGuard.guard(older, newer, changes);
    }
    return Findings.of(changes);
  }
}

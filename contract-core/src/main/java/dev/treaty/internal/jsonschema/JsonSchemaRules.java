package dev.treaty.internal.jsonschema;

import dev.treaty.internal.jsonschema.compare.LocationRule;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.internal.jsonschema.rules.array.ContainsRule;
import dev.treaty.internal.jsonschema.rules.array.ItemsRule;
import dev.treaty.internal.jsonschema.rules.array.MaxItemsRule;
import dev.treaty.internal.jsonschema.rules.array.MinItemsRule;
import dev.treaty.internal.jsonschema.rules.array.UniqueItemsRule;
import dev.treaty.internal.jsonschema.rules.composition.ConditionalRule;
import dev.treaty.internal.jsonschema.rules.composition.NotRule;
import dev.treaty.internal.jsonschema.rules.enums.ListedValuesRule;
import dev.treaty.internal.jsonschema.rules.number.MaximumRule;
import dev.treaty.internal.jsonschema.rules.number.MinimumRule;
import dev.treaty.internal.jsonschema.rules.number.MultipleOfRule;
import dev.treaty.internal.jsonschema.rules.object.AdditionalPropertiesRule;
import dev.treaty.internal.jsonschema.rules.object.DependentRequiredRule;
import dev.treaty.internal.jsonschema.rules.object.DependentSchemasRule;
import dev.treaty.internal.jsonschema.rules.object.MaxPropertiesRule;
import dev.treaty.internal.jsonschema.rules.object.MinPropertiesRule;
import dev.treaty.internal.jsonschema.rules.object.PatternPropertiesRule;
import dev.treaty.internal.jsonschema.rules.object.PropertiesRule;
import dev.treaty.internal.jsonschema.rules.object.PropertyNamesRule;
import dev.treaty.internal.jsonschema.rules.object.RequiredRule;
import dev.treaty.internal.jsonschema.rules.object.UnevaluatedRule;
import dev.treaty.internal.jsonschema.rules.string.ContentRule;
import dev.treaty.internal.jsonschema.rules.string.FormatRule;
import dev.treaty.internal.jsonschema.rules.string.MaxLengthRule;
import dev.treaty.internal.jsonschema.rules.string.MinLengthRule;
import dev.treaty.internal.jsonschema.rules.string.PatternRule;
import dev.treaty.internal.jsonschema.rules.type.IntegerRule;
import dev.treaty.internal.jsonschema.rules.type.TypeRule;
import java.util.List;

/**
 * The rules the JSON Schema comparison runs, and the catalogue entries the engine reports on its
 * own (pairing union branches, checking oneOf exclusivity, hitting a limit).
 */
final class JsonSchemaRules {

  /** Rules that judge a place as a whole. */
  static final List<LocationRule> LOCATION = List.of(new TypeRule());

  /** Rules that judge one old and one new alternative of one kind. */
  static final List<PairRule> PAIR = List.of(
      new IntegerRule(),
      new ListedValuesRule(),
      new MinLengthRule(), new MaxLengthRule(), new PatternRule(), new FormatRule(),
      new ContentRule(),
      new MinimumRule(), new MaximumRule(), new MultipleOfRule(),
      new MinItemsRule(), new MaxItemsRule(), new UniqueItemsRule(), new ItemsRule(),
      new ContainsRule(),
      new PropertiesRule(), new RequiredRule(), new AdditionalPropertiesRule(),
      new PatternPropertiesRule(), new PropertyNamesRule(), new MinPropertiesRule(),
      new MaxPropertiesRule(), new DependentRequiredRule(), new DependentSchemasRule(),
      new UnevaluatedRule(),
      new NotRule(), new ConditionalRule());

  /** What the engine reports itself. */
  static final List<JsonSchemaRule> ENGINE = List.of(JsonSchemaRule.UNION_BRANCH_ADDED,
      JsonSchemaRule.UNION_BRANCH_REMOVED, JsonSchemaRule.ONE_OF_OVERLAPPING,
      JsonSchemaRule.COMPARISON_LIMIT);

  private JsonSchemaRules() {}
}

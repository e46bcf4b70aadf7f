package dev.treaty.internal.jsonschema.rules;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.model.Classification;
import dev.treaty.model.RuleDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every JSON Schema evolution rule: id, purpose, the usual classification for readers of the new
 * schema reading old data (backward) and for readers of the old schema reading new data
 * (forward), and the message template. Rules whose classification depends on the schemas (a
 * property added to an open or a closed object, a branch that another branch covers) say so in
 * their purpose; their findings carry the computed classification.
 *
 * <p>Templates use {@code {subject}} (the place in the data, e.g. "property `amount`"),
 * {@code {old}}, {@code {new}} and {@code {name}}. Ids are never renamed or reused.
 */
public enum JsonSchemaRule {
  // ---------------------------------------------------------------- types
  TYPE_NARROWED("json.type.narrowed",
      "A JSON type that was accepted no longer is (including number to integer).",
      BREAKING, COMPATIBLE, "{subject} accepts fewer types: type changed from {old} to {new}."),
  TYPE_WIDENED("json.type.widened",
      "A JSON type is accepted that was not (including integer to number).",
      COMPATIBLE, BREAKING, "{subject} accepts more types: type changed from {old} to {new}."),
  TYPE_CHANGED("json.type.changed",
      "Some types are no longer accepted and others are newly accepted.",
      BREAKING, BREAKING, "{subject} changed type from {old} to {new}."),
  NULLABLE_ADDED("json.nullable.added",
      "null is accepted where it was not (type array, oneOf/anyOf with null, or nullable: true).",
      COMPATIBLE, BREAKING, "{subject} now accepts null."),
  NULLABLE_REMOVED("json.nullable.removed",
      "null is no longer accepted where it was.",
      BREAKING, COMPATIBLE, "{subject} no longer accepts null."),
  SCHEMA_FORBIDDEN("json.schema.forbidden",
      "A place that accepted values accepts none (the schema became false or contradictory).",
      BREAKING, COMPATIBLE, "{subject} no longer accepts any value."),
  SCHEMA_ALLOWED("json.schema.allowed",
      "A place that accepted no value (false or contradictory) accepts values.",
      COMPATIBLE, BREAKING, "{subject} accepted no value and now accepts {new} values."),
  // ---------------------------------------------------------------- enum and const
  ENUM_ADDED("json.enum.added",
      "Values are restricted to a list (enum or const) where any value of the type was allowed.",
      BREAKING, COMPATIBLE, "{subject} is restricted to the values {new}."),
  ENUM_REMOVED("json.enum.removed",
      "A list of allowed values (enum or const) was dropped: any value of the type is allowed.",
      COMPATIBLE, BREAKING, "{subject} is no longer restricted to the values {old}."),
  ENUM_VALUE_ADDED("json.enum.valueAdded",
      "A value was added to the allowed values.",
      COMPATIBLE, BREAKING, "{subject} allows the new value {new}."),
  ENUM_VALUE_REMOVED("json.enum.valueRemoved",
      "A value was removed from the allowed values.",
      BREAKING, COMPATIBLE, "{subject} no longer allows the value {old}."),
  // ---------------------------------------------------------------- strings
  MIN_LENGTH_INCREASED("json.string.minLengthIncreased",
      "The least string length grew (or minLength was added).",
      BREAKING, COMPATIBLE, "The minimum length of {subject} changed from {old} to {new}."),
  MIN_LENGTH_DECREASED("json.string.minLengthDecreased",
      "The least string length shrank (or minLength was removed).",
      COMPATIBLE, BREAKING, "The minimum length of {subject} changed from {old} to {new}."),
  MAX_LENGTH_INCREASED("json.string.maxLengthIncreased",
      "The greatest string length grew (or maxLength was removed).",
      COMPATIBLE, BREAKING, "The maximum length of {subject} changed from {old} to {new}."),
  MAX_LENGTH_DECREASED("json.string.maxLengthDecreased",
      "The greatest string length shrank (or maxLength was added).",
      BREAKING, COMPATIBLE, "The maximum length of {subject} changed from {old} to {new}."),
  PATTERN_ADDED("json.string.patternAdded",
      "Strings must match a pattern they did not need to match (not breaking when the pattern "
          + "matches every string).",
      BREAKING, COMPATIBLE, "{subject} must match the pattern {new}."),
  PATTERN_REMOVED("json.string.patternRemoved",
      "Strings no longer need to match a pattern.",
      COMPATIBLE, BREAKING, "{subject} no longer needs to match the pattern {old}."),
  PATTERN_CHANGED("json.string.patternChanged",
      "A pattern was replaced by another; breaking where a string matching one and not the other "
          + "is found, else undecidable (Treaty does not compare regular languages).",
      UNDECIDABLE, UNDECIDABLE, "{subject} must match the pattern {new} instead of {old}{detail}."),
  FORMAT_ADDED("json.string.formatAdded",
      "Strings must be of a format (Treaty treats format as an assertion in every draft).",
      BREAKING, COMPATIBLE, "{subject} must have the format {new}."),
  FORMAT_REMOVED("json.string.formatRemoved",
      "Strings no longer need to be of a format.",
      COMPATIBLE, BREAKING, "{subject} no longer needs the format {old}."),
  FORMAT_CHANGED("json.string.formatChanged",
      "The format changed; compatible in the direction of a known widening (uri to iri, email "
          + "to idn-email, int32 to int64), undecidable for formats Treaty does not know.",
      BREAKING, BREAKING, "{subject} changed format from {old} to {new}."),
  CONTENT_CHANGED("json.string.contentChanged",
      "contentEncoding, contentMediaType or contentSchema was added, removed or changed.",
      BREAKING, BREAKING, "The {name} of {subject} changed from {old} to {new}."),
  // ---------------------------------------------------------------- numbers
  MINIMUM_INCREASED("json.number.minimumIncreased",
      "The lower bound rose or became exclusive (or a minimum was added).",
      BREAKING, COMPATIBLE, "The lower bound of {subject} changed from {old} to {new}."),
  MINIMUM_DECREASED("json.number.minimumDecreased",
      "The lower bound fell or became inclusive (or the minimum was removed).",
      COMPATIBLE, BREAKING, "The lower bound of {subject} changed from {old} to {new}."),
  MAXIMUM_INCREASED("json.number.maximumIncreased",
      "The upper bound rose or became inclusive (or the maximum was removed).",
      COMPATIBLE, BREAKING, "The upper bound of {subject} changed from {old} to {new}."),
  MAXIMUM_DECREASED("json.number.maximumDecreased",
      "The upper bound fell or became exclusive (or a maximum was added).",
      BREAKING, COMPATIBLE, "The upper bound of {subject} changed from {old} to {new}."),
  MULTIPLE_OF_ADDED("json.number.multipleOfAdded",
      "Numbers must be multiples of a step they did not need to be multiples of.",
      BREAKING, COMPATIBLE, "{subject} must be a multiple of {new}."),
  MULTIPLE_OF_REMOVED("json.number.multipleOfRemoved",
      "Numbers no longer need to be multiples of a step.",
      COMPATIBLE, BREAKING, "{subject} no longer needs to be a multiple of {old}."),
  MULTIPLE_OF_CHANGED("json.number.multipleOfChanged",
      "The step changed; compatible in a direction where every multiple of one step is a "
          + "multiple of the other (10 to 5 backward).",
      BREAKING, BREAKING, "{subject} must be a multiple of {new} instead of {old}."),
  // ---------------------------------------------------------------- arrays
  MIN_ITEMS_INCREASED("json.array.minItemsIncreased",
      "Arrays need more items.", BREAKING, COMPATIBLE,
      "The minimum number of items of {subject} changed from {old} to {new}."),
  MIN_ITEMS_DECREASED("json.array.minItemsDecreased",
      "Arrays need fewer items.", COMPATIBLE, BREAKING,
      "The minimum number of items of {subject} changed from {old} to {new}."),
  MAX_ITEMS_INCREASED("json.array.maxItemsIncreased",
      "Arrays may hold more items.", COMPATIBLE, BREAKING,
      "The maximum number of items of {subject} changed from {old} to {new}."),
  MAX_ITEMS_DECREASED("json.array.maxItemsDecreased",
      "Arrays may hold fewer items.", BREAKING, COMPATIBLE,
      "The maximum number of items of {subject} changed from {old} to {new}."),
  UNIQUE_ITEMS_ADDED("json.array.uniqueItemsAdded",
      "Array items must be unique.", BREAKING, COMPATIBLE, "{subject} must hold unique items."),
  UNIQUE_ITEMS_REMOVED("json.array.uniqueItemsRemoved",
      "Array items may repeat.", COMPATIBLE, BREAKING, "{subject} may hold repeated items."),
  ITEM_ADDED("json.array.itemAdded",
      "A tuple position got its own schema; classified by comparing it with what the position "
          + "allowed before (the old additional-items schema).",
      COMPATIBLE, BREAKING, "{subject} declares its own schema for position {name}."),
  ITEM_REMOVED("json.array.itemRemoved",
      "A tuple position lost its own schema; classified by comparing it with what the position "
          + "allows now (the new additional-items schema).",
      COMPATIBLE, BREAKING, "{subject} no longer declares its own schema for position {name}."),
  ADDITIONAL_ITEMS_NARROWED("json.array.additionalItemsNarrowed",
      "Items after the declared positions are no longer allowed.",
      BREAKING, COMPATIBLE, "{subject} no longer allows items after the declared positions."),
  ADDITIONAL_ITEMS_WIDENED("json.array.additionalItemsWidened",
      "Items after the declared positions are allowed where none were.",
      COMPATIBLE, BREAKING, "{subject} allows items after the declared positions."),
  CONTAINS_ADDED("json.array.containsAdded",
      "Arrays must contain an item of a schema (contains, minContains, maxContains).",
      BREAKING, COMPATIBLE, "{subject} must contain items matching a schema ({new})."),
  CONTAINS_REMOVED("json.array.containsRemoved",
      "Arrays no longer need to contain an item of a schema.",
      COMPATIBLE, BREAKING, "{subject} no longer needs to contain items matching a schema ({old})."),
  CONTAINS_CHANGED("json.array.containsChanged",
      "What arrays must contain changed; classified by comparing the contains schemas and counts.",
      BREAKING, BREAKING, "What {subject} must contain changed from {old} to {new}."),
  // ---------------------------------------------------------------- objects
  PROPERTY_ADDED("json.property.added",
      "A property was declared; classified by comparing its schema with what the object allowed "
          + "under that name before (strict: breaking backward on an open object, forward on a "
          + "closed one; lenient: an optional property on an open object passes).",
      BREAKING, COMPATIBLE, "{subject} was added."),
  PROPERTY_REMOVED("json.property.removed",
      "A property's declaration was removed; classified by comparing its schema with what the "
          + "object allows under that name now (strict: breaking forward on an open object, "
          + "backward on a closed one; lenient: an optional property on an open object passes).",
      COMPATIBLE, BREAKING, "{subject} was removed."),
  REQUIRED_ADDED("json.required.added",
      "A property became required.", BREAKING, COMPATIBLE, "{subject} became required."),
  REQUIRED_REMOVED("json.required.removed",
      "A property is no longer required.", COMPATIBLE, BREAKING, "{subject} is no longer required."),
  ADDITIONAL_PROPERTIES_NARROWED("json.additionalProperties.narrowed",
      "The object was closed: undeclared properties are no longer allowed.",
      BREAKING, COMPATIBLE, "{subject} no longer allows undeclared properties."),
  ADDITIONAL_PROPERTIES_WIDENED("json.additionalProperties.widened",
      "The object was opened: undeclared properties are allowed.",
      COMPATIBLE, BREAKING, "{subject} allows undeclared properties."),
  UNEVALUATED_PROPERTIES_NARROWED("json.unevaluatedProperties.narrowed",
      "unevaluatedProperties closed the object.",
      BREAKING, COMPATIBLE, "{subject} no longer allows unevaluated properties."),
  UNEVALUATED_PROPERTIES_WIDENED("json.unevaluatedProperties.widened",
      "unevaluatedProperties no longer closes the object.",
      COMPATIBLE, BREAKING, "{subject} allows unevaluated properties."),
  UNEVALUATED_UNCERTAIN("json.unevaluated.uncertain",
      "The writing schema's unevaluatedProperties/unevaluatedItems sits next to anyOf/oneOf/if "
          + "branches (or contains, dependentSchemas) that may evaluate more for some values: "
          + "which values it allows is not decided exactly.",
      UNDECIDABLE, UNDECIDABLE, "{subject} uses {name} next to branches that may evaluate more "
          + "properties or items; Treaty cannot tell exactly which values it allows."),
  PATTERN_PROPERTY_ADDED("json.patternProperty.added",
      "A patternProperties entry was added; classified by comparing it with what such names "
          + "allowed before.",
      BREAKING, COMPATIBLE, "{subject} constrains properties matching {name}."),
  PATTERN_PROPERTY_REMOVED("json.patternProperty.removed",
      "A patternProperties entry was removed; classified by comparing it with what such names "
          + "allow now.",
      COMPATIBLE, BREAKING, "{subject} no longer constrains properties matching {name}."),
  PATTERN_PROPERTY_CHANGED("json.patternProperty.changed",
      "A patternProperties entry changed where other patterns may overlap it; classified by "
          + "comparing every schema that may apply.",
      BREAKING, BREAKING, "{subject} changed the schema of properties matching {name}."),
  PROPERTY_NAMES_CHANGED("json.propertyNames.changed",
      "propertyNames was added, removed or changed.",
      BREAKING, BREAKING, "{subject} changed which property names it allows."),
  MIN_PROPERTIES_INCREASED("json.object.minPropertiesIncreased",
      "Objects need more properties.", BREAKING, COMPATIBLE,
      "The minimum number of properties of {subject} changed from {old} to {new}."),
  MIN_PROPERTIES_DECREASED("json.object.minPropertiesDecreased",
      "Objects need fewer properties.", COMPATIBLE, BREAKING,
      "The minimum number of properties of {subject} changed from {old} to {new}."),
  MAX_PROPERTIES_INCREASED("json.object.maxPropertiesIncreased",
      "Objects may hold more properties.", COMPATIBLE, BREAKING,
      "The maximum number of properties of {subject} changed from {old} to {new}."),
  MAX_PROPERTIES_DECREASED("json.object.maxPropertiesDecreased",
      "Objects may hold fewer properties.", BREAKING, COMPATIBLE,
      "The maximum number of properties of {subject} changed from {old} to {new}."),
  DEPENDENT_REQUIRED_ADDED("json.dependentRequired.added",
      "A property requires another when present (dependentRequired or dependencies).",
      BREAKING, COMPATIBLE, "{subject} requires {new} when {name} is present."),
  DEPENDENT_REQUIRED_REMOVED("json.dependentRequired.removed",
      "A property no longer requires another when present.",
      COMPATIBLE, BREAKING, "{subject} no longer requires {old} when {name} is present."),
  DEPENDENT_SCHEMA_ADDED("json.dependentSchema.added",
      "A schema applies when a property is present (dependentSchemas or dependencies).",
      BREAKING, COMPATIBLE, "{subject} applies a schema when {name} is present."),
  DEPENDENT_SCHEMA_REMOVED("json.dependentSchema.removed",
      "A schema no longer applies when a property is present.",
      COMPATIBLE, BREAKING, "{subject} no longer applies a schema when {name} is present."),
  DEPENDENT_SCHEMA_CHANGED("json.dependentSchema.changed",
      "The schema that applies when a property is present changed; classified by comparing "
          + "the two.",
      BREAKING, BREAKING, "{subject} changed the schema it applies when {name} is present."),
  // ---------------------------------------------------------------- composition
  UNION_BRANCH_ADDED("json.union.branchAdded",
      "A oneOf/anyOf branch (or type alternative) was added; forward breaking unless an old "
          + "branch covers it.",
      COMPATIBLE, BREAKING, "{subject} accepts the new alternative {name}."),
  UNION_BRANCH_REMOVED("json.union.branchRemoved",
      "A oneOf/anyOf branch was removed; backward breaking unless a new branch covers it.",
      BREAKING, COMPATIBLE, "{subject} no longer accepts the alternative {name}."),
  ONE_OF_OVERLAPPING("json.oneOf.overlapping",
      "The reading schema's oneOf has branches that may both match one value, and the branches "
          + "changed: Treaty cannot tell whether every value still matches exactly one.",
      UNDECIDABLE, UNDECIDABLE, "{subject} has oneOf branches that may overlap ({name}); "
          + "values that match two of them are rejected."),
  NOT_ADDED("json.not.added",
      "A not was added: values matching its schema are rejected.",
      BREAKING, COMPATIBLE, "{subject} rejects values matching a new `not` schema."),
  NOT_REMOVED("json.not.removed",
      "A not was removed.", COMPATIBLE, BREAKING,
      "{subject} no longer rejects values matching a `not` schema."),
  NOT_CHANGED("json.not.changed",
      "The schema under not changed; classified by comparing the two schemas the other way round.",
      BREAKING, BREAKING, "{subject} changed the schema of its `not`."),
  CONDITIONAL_ADDED("json.conditional.added",
      "An if/then/else was added.", BREAKING, COMPATIBLE,
      "{subject} applies a new if/then/else."),
  CONDITIONAL_REMOVED("json.conditional.removed",
      "An if/then/else was removed.", COMPATIBLE, BREAKING,
      "{subject} no longer applies an if/then/else."),
  CONDITIONAL_IF_CHANGED("json.conditional.ifChanged",
      "The if of an if/then/else changed: which values take which branch moved, which Treaty "
          + "does not decide.",
      UNDECIDABLE, UNDECIDABLE, "{subject} changed the condition of an if/then/else."),
  CONDITIONAL_THEN_CHANGED("json.conditional.thenChanged",
      "The then schema changed; classified by comparing it for values that satisfy if.",
      BREAKING, BREAKING, "{subject} changed the `then` schema of an if/then/else."),
  CONDITIONAL_ELSE_CHANGED("json.conditional.elseChanged",
      "The else schema changed; classified by comparing it for values that fail if.",
      BREAKING, BREAKING, "{subject} changed the `else` schema of an if/then/else."),
  // ---------------------------------------------------------------- limits
  COMPARISON_LIMIT("json.comparison.limitReached",
      "The schemas are too large or nested too deeply to compare completely; the rest is "
          + "undecidable rather than guessed.",
      UNDECIDABLE, UNDECIDABLE, "The comparison of {subject} was cut short: {detail}.");

  private final String id;
  private final String purpose;
  private final Classification backward;
  private final Classification forward;
  private final String template;

  JsonSchemaRule(String id, String purpose, Classification backward, Classification forward,
      String template) {
    this.id = id;
    this.purpose = purpose;
    this.backward = backward;
    this.forward = forward;
    this.template = template;
  }

  /**
   * The stable rule id.
   *
   * @return e.g. {@code json.property.added}
   */
  public String id() {
    return id;
  }

  /**
   * The message template.
   *
   * @return the template with {@code {subject}}, {@code {old}}, {@code {new}}, {@code {name}}
   *     and {@code {detail}} placeholders
   */
  public String template() {
    return template;
  }

  /**
   * The catalogue entry.
   *
   * @return the descriptor
   */
  public RuleDescriptor descriptor() {
    return RuleDescriptor.of(id, purpose, backward, forward);
  }

  /**
   * Fills in the message template.
   *
   * @param subject the place, e.g. "property `amount`"
   * @param values the other placeholders by name (without braces)
   * @return one sentence, starting with a capital letter
   */
  public String message(String subject, Map<String, String> values) {
    String text = template.replace("{subject}", subject);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      text = text.replace("{" + entry.getKey() + "}", entry.getValue());
    }
    text = text.replace("{detail}", "");
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Every rule's descriptor, in catalogue order.
   *
   * @return the descriptors
   */
  public static List<RuleDescriptor> descriptors() {
    return Arrays.stream(values()).map(JsonSchemaRule::descriptor).toList();
  }
}

package dev.treaty.avro.internal.rules;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.model.Classification;
import dev.treaty.model.RuleDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every Avro evolution rule: id, purpose, the usual classification for readers of the new schema
 * reading old data (backward: the new schema is Avro's reader, the old one its writer) and for
 * readers of the old schema reading new data (forward), and the message template. Where the
 * classification depends on the schemas (a default on the reading side, an alias, which union
 * branch a reader picks) the purpose says so and each finding carries its computed
 * classification.
 *
 * <p>Templates use {@code {subject}} (the place in the data, e.g. "field `amount`"),
 * {@code {old}}, {@code {new}}, {@code {name}} and {@code {detail}}. Ids are never renamed or
 * reused.
 */
public enum AvroRule {
  // ---------------------------------------------------------------- types
  TYPE_CHANGED("avro.type.changed",
      "The type changed to one that neither version can read as the other (int to string, "
          + "record to array, bytes to fixed).",
      BREAKING, BREAKING, "{subject} changed type from {old} to {new}; Avro reads neither as "
          + "the other."),
  TYPE_WIDENED("avro.type.widened",
      "The type changed to one that reads every old value exactly, but not back: int to long or "
          + "double, float to double, string to bytes.",
      COMPATIBLE, BREAKING, "{subject} changed type from {old} to {new}: new readers read every "
          + "old value exactly, old readers do not read every new one{detail}."),
  TYPE_NARROWED("avro.type.narrowed",
      "The type changed to one that old readers read exactly, but not back: long to int, double "
          + "to float, bytes to string.",
      BREAKING, COMPATIBLE, "{subject} changed type from {old} to {new}: old readers read every "
          + "new value exactly, new readers do not read every old one{detail}."),
  TYPE_LOSSY_PROMOTION("avro.type.lossyPromotion",
      "The type changed between int or long and float or double where Avro promotes only with "
          + "rounding (int or long to float, long to double): Avro's checker allows it, Treaty "
          + "does not, because values change.",
      BREAKING, BREAKING, "{subject} changed type from {old} to {new}: {detail}."),
  // ---------------------------------------------------------------- logical types
  LOGICAL_TYPE_ADDED("avro.logicalType.added",
      "A logical type was added on the same physical type; old values were not written with that "
          + "meaning (compatible only where every value keeps its meaning, such as a uuid read "
          + "as a string).",
      BREAKING, BREAKING, "{subject} changed type from {old} to {new}: the logical type "
          + "{name} was added{detail}."),
  LOGICAL_TYPE_REMOVED("avro.logicalType.removed",
      "A logical type was removed; readers of the plain type lose the value's meaning (a "
          + "timestamp read as a bare long), except where the model keeps it (uuid to string).",
      BREAKING, BREAKING, "{subject} changed type from {old} to {new}: the logical type "
          + "{name} was removed{detail}."),
  LOGICAL_TYPE_CHANGED("avro.logicalType.changed",
      "The logical type changed (timestamp-millis to timestamp-micros, timestamp to "
          + "local-timestamp, date to timestamp): values decode but mean something else.",
      BREAKING, BREAKING, "{subject} changed type from {old} to {new}: a value written as "
          + "{name} reads with a different meaning{detail}."),
  DECIMAL_SCALE_CHANGED("avro.decimal.scaleChanged",
      "A decimal's scale changed: Avro stores the unscaled integer, so every value reads "
          + "multiplied or divided by a power of ten.",
      BREAKING, BREAKING, "The decimal scale of {subject} changed from {old} to {new}: the "
          + "same bytes read as a different number."),
  DECIMAL_PRECISION_INCREASED("avro.decimal.precisionIncreased",
      "A decimal's precision grew: old values fit new readers; new values may not fit old ones.",
      COMPATIBLE, BREAKING, "The decimal precision of {subject} changed from {old} to {new}."),
  DECIMAL_PRECISION_DECREASED("avro.decimal.precisionDecreased",
      "A decimal's precision shrank: old values may not fit new readers.",
      BREAKING, COMPATIBLE, "The decimal precision of {subject} changed from {old} to {new}."),
  // ---------------------------------------------------------------- collections
  COLLECTION_ITEM_SIZE_GREW("avro.collection.itemSizeGrew",
      "The least encoded size of an array's items or a map's values grew for a reader (a field "
          + "added with a default, int read as double): Avro 1.12.2's Java decoder sizes a "
          + "collection's items by the reader's schema and rejects old data with smaller items. "
          + "Whether readers break depends on their Avro implementation and version, which Treaty "
          + "cannot see.",
      UNDECIDABLE, COMPATIBLE, "The least encoded size of {name} of {subject} changed from {old} "
          + "to {new} bytes: {detail} written with the other schema, although Avro's rules read "
          + "it; readers on other implementations or versions are unaffected (accept this finding "
          + "if no reader runs Avro 1.12.2 for Java)."),
  // ---------------------------------------------------------------- fields
  FIELD_ADDED_WITH_DEFAULT("avro.field.addedWithDefault",
      "A field with a default was added: new readers fill it in from the default when old data "
          + "lacks it; old readers skip it.",
      COMPATIBLE, COMPATIBLE, "{subject} was added with the default {new}."),
  FIELD_ADDED_WITHOUT_DEFAULT("avro.field.addedWithoutDefault",
      "A field without a default was added: new readers cannot read old data, which lacks it.",
      BREAKING, COMPATIBLE, "{subject} was added without a default; new readers fail on old "
          + "data, which lacks it."),
  FIELD_REMOVED_WITH_DEFAULT("avro.field.removedWithDefault",
      "A field that had a default was removed: old readers fill it in from their default.",
      COMPATIBLE, COMPATIBLE, "{subject} was removed; old readers use its default {old}."),
  FIELD_REMOVED_WITHOUT_DEFAULT("avro.field.removedWithoutDefault",
      "A field without a default was removed: old readers cannot read new data, which lacks it.",
      COMPATIBLE, BREAKING, "{subject} was removed; it had no default, so old readers fail on "
          + "new data, which lacks it."),
  FIELD_RENAMED("avro.field.renamed",
      "A field was renamed with an alias: the reader whose field lists the other name as an "
          + "alias reads it; the other reader needs a default (Java's decoder applies field "
          + "aliases only when the records' full names match).",
      COMPATIBLE, BREAKING, "{subject} was renamed from `{old}`{detail}."),
  FIELD_DEFAULT_ADDED("avro.field.defaultAdded",
      "A field got a default; nothing changes between these two versions, but the field may now "
          + "be removed or added compatibly later.",
      COMPATIBLE, COMPATIBLE, "{subject} got the default {new}."),
  FIELD_DEFAULT_REMOVED("avro.field.defaultRemoved",
      "A field lost its default; nothing changes between these two versions, but removing the "
          + "field later will break old readers.",
      COMPATIBLE, COMPATIBLE, "{subject} no longer has a default (it was {old})."),
  FIELD_DEFAULT_CHANGED("avro.field.defaultChanged",
      "A field's default changed; it applies only to data written without the field.",
      COMPATIBLE, COMPATIBLE, "The default of {subject} changed from {old} to {new}."),
  // ---------------------------------------------------------------- named types
  NAME_CHANGED("avro.name.changed",
      "A record, enum or fixed changed its name: a reader accepts it only under an alias that "
          + "names the writer's full name.",
      BREAKING, BREAKING, "{subject} changed its {name} name from {old} to {new}{detail}."),
  NAMESPACE_CHANGED("avro.name.namespaceChanged",
      "A record, enum or fixed changed only its namespace: readers match unqualified names, "
          + "except Java's decoder choosing an enum or fixed branch of a union, which needs the "
          + "full name (then breaking).",
      COMPATIBLE, COMPATIBLE, "{subject} changed its {name} name from {old} to {new}{detail}."),
  FIXED_SIZE_CHANGED("avro.fixed.sizeChanged",
      "A fixed type changed its size: the bytes no longer line up.",
      BREAKING, BREAKING, "The size of {subject} changed from {old} to {new} bytes."),
  // ---------------------------------------------------------------- enums
  ENUM_SYMBOL_ADDED("avro.enum.symbolAdded",
      "A symbol was added: old readers read it as their enum default, or fail without one.",
      COMPATIBLE, BREAKING, "{subject} has the new symbol {new}{detail}."),
  ENUM_SYMBOL_REMOVED("avro.enum.symbolRemoved",
      "A symbol was removed: new readers read old data holding it as their enum default, or "
          + "fail without one.",
      BREAKING, COMPATIBLE, "{subject} no longer has the symbol {old}{detail}."),
  ENUM_DEFAULT_CHANGED("avro.enum.defaultChanged",
      "The enum default (the symbol a reader uses for symbols it does not know) was added, "
          + "removed or changed; it decides how later symbol changes read.",
      COMPATIBLE, COMPATIBLE, "The enum default of {subject} changed from {old} to {new}."),
  // ---------------------------------------------------------------- unions
  UNION_BRANCH_ADDED("avro.union.branchAdded",
      "A union branch was added: old readers fail on its values unless one of their branches "
          + "reads them (a promotion).",
      COMPATIBLE, BREAKING, "{subject} accepts the new branch {name}{detail}."),
  UNION_BRANCH_REMOVED("avro.union.branchRemoved",
      "A union branch was removed: new readers fail on old values of it unless one of their "
          + "branches reads them (a promotion).",
      BREAKING, COMPATIBLE, "{subject} no longer accepts the branch {name}{detail}."),
  NULLABLE_ADDED("avro.nullable.added",
      "null became a value (a union with null): old readers fail on null.",
      COMPATIBLE, BREAKING, "{subject} may now be null."),
  NULLABLE_REMOVED("avro.nullable.removed",
      "null is no longer a value: new readers fail on old nulls.",
      BREAKING, COMPATIBLE, "{subject} may no longer be null."),
  // ---------------------------------------------------------------- limits and guards
  COMPARISON_LIMIT("avro.comparison.limitReached",
      "The schemas are too large or nest too deeply to compare completely; the rest is "
          + "undecidable rather than guessed.",
      UNDECIDABLE, UNDECIDABLE, "The comparison of {subject} was cut short: {detail}."),
  RESOLUTION_INCOMPATIBLE("avro.resolution.incompatible",
      "Avro's own checker (SchemaCompatibility) finds an incompatibility in a direction where no "
          + "other rule reports a break: a guard, so that Treaty is never more lenient than Avro.",
      BREAKING, BREAKING, "Avro's checker finds that {subject} does not resolve: {detail}.");

  private final String id;
  private final String purpose;
  private final Classification backward;
  private final Classification forward;
  private final String template;

  AvroRule(String id, String purpose, Classification backward, Classification forward,
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
   * @return e.g. {@code avro.field.addedWithoutDefault}
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
   * @param subject the place, e.g. "field `amount`"
   * @param values the other placeholders by name (without braces)
   * @return one sentence, starting with a capital letter
   */
  public String message(String subject, Map<String, String> values) {
    String text = template.replace("{subject}", subject);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      text = text.replace("{" + entry.getKey() + "}", entry.getValue());
    }
    text = text.replace("{detail}", "").replace("{name}", "");
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Every rule's descriptor, in catalogue order.
   *
   * @return the descriptors
   */
  public static List<RuleDescriptor> descriptors() {
    return Arrays.stream(values()).map(AvroRule::descriptor).toList();
  }
}

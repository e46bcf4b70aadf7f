package dev.treaty.internal.consumer;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.model.Classification;
import dev.treaty.model.RuleDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue of consumer rules: id, purpose, classification, and the message template. A
 * consumer finding concerns one consumer reading the producer's data; it carries the same
 * classification in both directions, and fails the producer's build only when the change being
 * verified newly introduces it.
 */
public enum ExpectationRule {
  FIELD_MISSING("expectation.field.missing", BREAKING,
      "A field the consumer requires is not in the schema.",
      "Consumer `%s` reads `%s`, which the schema does not have."),
  FIELD_ABSENT("expectation.field.absent", COMPATIBLE,
      "A field the consumer reads optionally is not in the schema (reported; the consumer handles its absence).",
      "Consumer `%s` reads `%s` when present, but the schema does not have it."),
  FIELD_UNDECLARED("expectation.field.undeclared", BREAKING,
      "A field the consumer reads is not declared, but its object is open: it may arrive holding any value.",
      "Consumer `%s` reads `%s` as %s, but the schema does not declare it and lets it hold any value."),
  FIELD_TYPE_CHANGED("expectation.field.typeChanged", BREAKING,
      "A field's type can no longer be read as the type the consumer reads it as.",
      "Consumer `%s` reads `%s` as %s, but the schema makes it %s."),
  FIELD_PRECISION_LOST("expectation.field.precisionLost", BREAKING,
      "A field's values read as the consumer's type only with rounding (e.g. int64 read as double).",
      "Consumer `%s` reads `%s` as %s, but the schema's %s values round when read that way."),
  FIELD_BECAME_OPTIONAL("expectation.field.becameOptional", BREAKING,
      "A field the consumer requires may be absent.",
      "Consumer `%s` requires `%s`, but the schema lets it be absent."),
  FIELD_BECAME_NULLABLE("expectation.field.becameNullable", BREAKING,
      "A field the consumer reads as non-null may be null.",
      "Consumer `%s` reads `%s` as non-null, but the schema allows null."),
  FIELD_ADDED("expectation.field.added", BREAKING,
      "The schema declares a field that a consumer rejecting unknown fields does not read.",
      "Consumer `%s` rejects unknown fields in `%s`, but the schema declares `%s`, which it does not read."),
  OBJECT_OPENED("expectation.object.opened", BREAKING,
      "An object whose unknown fields the consumer rejects allows undeclared fields.",
      "Consumer `%s` rejects unknown fields in `%s`, but the schema allows undeclared fields there."),
  ENUM_VALUE_ADDED("expectation.enum.valueAdded", BREAKING,
      "The schema allows a value the consumer does not handle, and the consumer rejects unknown values.",
      "Consumer `%s` rejects unknown values of `%s`, but the schema allows %s."),
  ENUM_UNCONSTRAINED("expectation.enum.unconstrained", BREAKING,
      "The schema allows any value where the consumer handles a fixed set and rejects the others.",
      "Consumer `%s` handles only %s in `%s` and rejects others, but the schema allows any %s."),
  ENUM_VALUE_REMOVED("expectation.enum.valueRemoved", COMPATIBLE,
      "A value the consumer handles can no longer occur (reported; the consumer still reads the data).",
      "Consumer `%s` handles %s in `%s`, which the schema no longer allows."),
  CONSTRAINT_WIDENED("expectation.constraint.widened", BREAKING,
      "The schema allows values outside a constraint the consumer assumes (length, range, multiple).",
      "Consumer `%s` assumes %s for `%s`, but the schema allows %s."),
  PATTERN_UNPROVEN("expectation.constraint.patternUnproven", UNDECIDABLE,
      "The schema's pattern differs from the one the consumer assumes; Treaty cannot prove every value matches.",
      "Consumer `%s` assumes `%s` matches %s, but the schema says %s; Treaty cannot prove every value matches."),
  FORMAT_CHANGED("expectation.constraint.formatChanged", BREAKING,
      "The schema no longer guarantees the format the consumer assumes.",
      "Consumer `%s` assumes `%s` has format %s, but the schema guarantees %s."),
  PATH_AMBIGUOUS("expectation.path.ambiguous", UNDECIDABLE,
      "The path leads into a union whose branches differ; the consumer must name the branch.",
      "Consumer `%s` reads `%s`, which leads into a union of %s; name the branch in the path, e.g. `%s`.");

  private final RuleDescriptor descriptor;
  private final String template;

  ExpectationRule(String id, Classification classification, String purpose, String template) {
    this.descriptor = RuleDescriptor.of(id, purpose, classification, classification);
    this.template = template;
  }

  /**
   * The rule's catalogue entry.
   *
   * @return the descriptor
   */
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /**
   * The rule's id.
   *
   * @return e.g. {@code expectation.field.missing}
   */
  public String id() {
    return descriptor.id();
  }

  /**
   * The finding's message: this rule's fixed template filled in.
   *
   * @param arguments the template's values, in order
   * @return the message
   */
  public String message(Object... arguments) {
    return String.format(Locale.ROOT, template, arguments);
  }

  /**
   * The message template, with {@code %s} for each value.
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * Every consumer rule, in catalogue order.
   *
   * @return the descriptors
   */
  public static List<RuleDescriptor> catalogue() {
    return Arrays.stream(values()).map(ExpectationRule::descriptor).toList();
  }
}

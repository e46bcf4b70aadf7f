package dev.treaty.internal.verify;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.RuleDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Rules about a contract's schema objects as a whole, whatever their format. */
public enum ContractRule {
  OBJECT_REMOVED("contract.object.removed", BREAKING, BREAKING,
      "A schema object (a topic, table, file) is no longer in the contract.",
      "Schema object `%s` was removed from the contract."),
  OBJECT_ADDED("contract.object.added", COMPATIBLE, COMPATIBLE,
      "A schema object was added to the contract.",
      "Schema object `%s` was added to the contract."),
  OBJECT_FORMAT_CHANGED("contract.object.formatChanged", BREAKING, BREAKING,
      "A schema object's physical schema changed format; its data cannot be read across the change.",
      "Schema object `%s` changed format from %s to %s.");

  private final RuleDescriptor descriptor;
  private final String template;

  ContractRule(String id, Classification backward, Classification forward, String purpose, String template) {
    this.descriptor = RuleDescriptor.of(id, purpose, backward, forward);
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
   * A finding of this rule.
   *
   * @param path the schema object's path
   * @param oldValue the previous value, or {@code null}
   * @param newValue the new value, or {@code null}
   * @param arguments the message template's values
   * @return the finding
   */
  public Finding finding(FieldPath path, @Nullable String oldValue, @Nullable String newValue,
      Object... arguments) {
    return new Finding(descriptor.id(), path, null, oldValue, newValue,
        String.format(Locale.ROOT, template, arguments), null, descriptor.backward(), descriptor.forward());
  }

  /**
   * Every contract rule, in catalogue order.
   *
   * @return the descriptors
   */
  public static List<RuleDescriptor> catalogue() {
    return Arrays.stream(values()).map(ContractRule::descriptor).toList();
  }
}

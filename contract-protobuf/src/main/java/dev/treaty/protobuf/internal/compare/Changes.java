package dev.treaty.protobuf.internal.compare;

import dev.treaty.model.Classification;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where rules report the changes they find. */
public final class Changes {

  private final List<Change> list = new ArrayList<>();

  Changes() {}

  /**
   * Reports a change with the rule's usual classification.
   *
   * @param rule the rule
   * @param subject what changed
   * @param place where to report it
   * @param oldValue the previous value, or {@code null}
   * @param newValue the new value, or {@code null}
   * @param values further template placeholders
   */
  public void add(ProtobufRule rule, Subject subject, Place place, @Nullable String oldValue,
      @Nullable String newValue, Map<String, String> values) {
    add(rule, subject, place, oldValue, newValue, values, rule.backward(), rule.forward());
  }

  /**
   * Reports a change with a computed classification.
   *
   * @param rule the rule
   * @param subject what changed
   * @param place where to report it
   * @param oldValue the previous value, or {@code null}
   * @param newValue the new value, or {@code null}
   * @param values further template placeholders
   * @param backward what it means for readers of the new schema
   * @param forward what it means for readers of the old schema
   */
  public void add(ProtobufRule rule, Subject subject, Place place, @Nullable String oldValue,
      @Nullable String newValue, Map<String, String> values, Classification backward,
      Classification forward) {
    list.add(new Change(rule, subject, place, oldValue, newValue, values, backward, forward));
  }

  List<Change> list() {
    return List.copyOf(list);
  }
}

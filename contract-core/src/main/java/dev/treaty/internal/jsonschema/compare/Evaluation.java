package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the keywords within one schema's reach evaluate, as {@code unevaluatedProperties} and
 * {@code unevaluatedItems} of that schema see it: its own {@code properties},
 * {@code patternProperties}, {@code additionalProperties}, tuple and item keywords, and those of
 * the schemas it applies in place ({@code allOf}, {@code $ref}, and the {@code anyOf}/
 * {@code oneOf} branch the alternative chose) — not those of its parent or siblings.
 *
 * <p>When other branches ({@code anyOf}/{@code oneOf} siblings of the chosen one,
 * {@code if}/{@code then}/{@code else}, {@code dependentSchemas}, {@code contains}) may evaluate
 * more for some values, the evaluation is {@link #certain() uncertain}: the sets here are the
 * least that is evaluated, which over-constrains the schema. That is safe for a reader, not for a
 * writer.
 *
 * @param names property names evaluated by {@code properties}
 * @param patterns patterns of {@code patternProperties}
 * @param allProperties whether every property is evaluated ({@code additionalProperties}, or a
 *     nested {@code unevaluatedProperties})
 * @param prefix how many leading items are evaluated
 * @param allItems whether every item is evaluated
 * @param certain whether no value can have more evaluated
 */
public record Evaluation(Set<String> names, Set<String> patterns, boolean allProperties,
    int prefix, boolean allItems, boolean certain) {

  /** Copies the sets. */
  public Evaluation {
    names = Set.copyOf(names);
    patterns = Set.copyOf(patterns);
  }

  /**
   * The evaluation seen from one member of an alternative.
   *
   * @param alternative the alternative (for the branches it chose)
   * @param member the member holding {@code unevaluated*}
   * @return what is evaluated within its reach
   */
  public static Evaluation of(Conjunction alternative, SchemaNode member) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> patterns = new LinkedHashSet<>();
    boolean allProperties = false;
    int prefix = 0;
    boolean allItems = false;
    boolean certain = true;
    Set<SchemaNode> seen = new HashSet<>();
    Deque<SchemaNode> work = new ArrayDeque<>(List.of(member));
    while (!work.isEmpty()) {
      SchemaNode node = work.pop();
      if (node.isBoolean() || !seen.add(node)) {
        continue;
      }
      work.addAll(node.references());
      if (node.refReplacesSiblings()) {
        continue;
      }
      names.addAll(node.subschemaMap("properties").keySet());
      patterns.addAll(node.subschemaMap("patternProperties").keySet());
      allProperties |= node.has("additionalProperties")
          || (node != member && node.has("unevaluatedProperties"));
      prefix = Math.max(prefix, node.prefixItems().size());
      allItems |= node.restItems() != null || (node != member && node.has("unevaluatedItems"));
      certain &= !node.has("if") && !node.has("dependentSchemas") && !node.has("contains")
          && node.dependentSchemas().isEmpty();
      work.addAll(node.subschemaList("allOf"));
      for (String keyword : List.of("anyOf", "oneOf")) {
        List<SchemaNode> branches = node.subschemaList(keyword);
        SchemaNode chosen = chosen(alternative, node, keyword);
        if (chosen != null) {
          work.add(chosen);
        }
        certain &= branches.size() <= 1;
      }
    }
    return new Evaluation(names, patterns, allProperties, prefix, allItems, certain);
  }

  /**
   * Whether a property name is evaluated.
   *
   * @param name the name
   * @return {@code true} if some keyword within reach evaluates it
   */
  public boolean evaluates(String name) {
    if (allProperties || names.contains(name)) {
      return true;
    }
    for (String pattern : patterns) {
      if (Regexes.find(pattern, name) == Truth.TRUE) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable SchemaNode chosen(Conjunction alternative, SchemaNode group,
      String keyword) {
    for (Choice choice : alternative.choices()) {
      if (choice.group() == group && choice.keyword().equals(keyword)) {
        return choice.branch();
      }
    }
    return null;
  }
}

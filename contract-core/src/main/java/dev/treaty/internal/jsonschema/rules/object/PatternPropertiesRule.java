package dev.treaty.internal.jsonschema.rules.object;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Evaluation;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.Regexes;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Properties that match a {@code patternProperties} pattern and are not declared. For each
 * pattern of either side, the names it matches are judged with every schema that may apply to
 * them: for the side that writes, only the schemas that surely apply (fewer constraints, more
 * values: safe); for the side that reads, every schema that may apply (patterns whose fixed
 * prefixes do not rule out an overlap, and {@code additionalProperties} unless the same pattern
 * is there, and {@code unevaluatedProperties} where the pattern is not evaluated within its
 * reach). When both sides have the pattern and nothing is uncertain, the schemas are compared
 * under {@code {}}.
 */
public final class PatternPropertiesRule implements PairRule {

  private static final FieldPath.Segment VALUES = new FieldPath.MapValue();

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.OBJECT);
  }

  @Override
  public void check(Pair pair) {
    Set<String> patterns = new LinkedHashSet<>(patterns(pair.older()));
    patterns.addAll(patterns(pair.newer()));
    for (String pattern : patterns) {
      boolean inOlder = patterns(pair.older()).contains(pattern);
      boolean inNewer = patterns(pair.newer()).contains(pattern);
      List<SchemaNode> olderSure = schemas(pair.older(), pattern, true);
      List<SchemaNode> olderMaybe = schemas(pair.older(), pattern, false);
      List<SchemaNode> newerSure = schemas(pair.newer(), pattern, true);
      List<SchemaNode> newerMaybe = schemas(pair.newer(), pattern, false);
      if (inOlder && inNewer && olderSure.equals(olderMaybe) && newerSure.equals(newerMaybe)) {
        pair.compareChild(olderSure, newerSure, VALUES);
        continue;
      }
      Classification backward = pair.childContains(olderSure, newerMaybe);
      Classification forward = pair.childContains(newerSure, olderMaybe);
      if (backward == COMPATIBLE && forward == COMPATIBLE) {
        continue;
      }
      JsonSchemaRule rule = inOlder && inNewer ? JsonSchemaRule.PATTERN_PROPERTY_CHANGED
          : inNewer ? JsonSchemaRule.PATTERN_PROPERTY_ADDED
          : JsonSchemaRule.PATTERN_PROPERTY_REMOVED;
      pair.report(rule, FieldPath.ROOT,
          pointer(inNewer ? pair.newer() : pair.older(), pattern), null, null,
          Map.of("name", "`" + pattern + "`"), backward, forward);
    }
  }

  /**
   * The schemas for undeclared names matching a pattern.
   *
   * @param sure {@code true} for the schemas that surely apply, {@code false} for all that may
   */
  private static List<SchemaNode> schemas(Conjunction alternative, String pattern, boolean sure) {
    List<SchemaNode> schemas = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      Map<String, SchemaNode> own = member.subschemaMap("patternProperties");
      boolean same = own.containsKey(pattern);
      boolean othersApart = true;
      for (Map.Entry<String, SchemaNode> entry : own.entrySet()) {
        boolean apart = Regexes.disjoint(pattern, entry.getKey());
        othersApart &= entry.getKey().equals(pattern) || apart;
        if (entry.getKey().equals(pattern) || (!sure && !apart)) {
          schemas.add(entry.getValue());
        }
      }
      SchemaNode additional = member.subschema("additionalProperties");
      if (additional != null && !same && (!sure || othersApart)) {
        schemas.add(additional);
      }
    }
    for (SchemaNode member : alternative.members()) {
      SchemaNode unevaluated = member.subschema("unevaluatedProperties");
      if (unevaluated == null) {
        continue;
      }
      Evaluation seen = Evaluation.of(alternative, member);
      boolean apart = seen.patterns().stream().allMatch(p -> Regexes.disjoint(pattern, p));
      if (!seen.allProperties() && !seen.patterns().contains(pattern) && (!sure || apart)) {
        schemas.add(unevaluated);
      }
    }
    return schemas;
  }

  private static Set<String> patterns(Conjunction alternative) {
    Set<String> patterns = new LinkedHashSet<>();
    for (SchemaNode member : alternative.members()) {
      patterns.addAll(member.subschemaMap("patternProperties").keySet());
    }
    return patterns;
  }

  private static String pointer(Conjunction alternative, String pattern) {
    for (SchemaNode member : alternative.members()) {
      SchemaNode schema = member.subschemaMap("patternProperties").get(pattern);
      if (schema != null) {
        return schema.label(null);
      }
    }
    return alternative.members().isEmpty() ? ""
        : alternative.members().get(0).label("patternProperties");
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.PATTERN_PROPERTY_ADDED, JsonSchemaRule.PATTERN_PROPERTY_REMOVED,
        JsonSchemaRule.PATTERN_PROPERTY_CHANGED);
  }
}

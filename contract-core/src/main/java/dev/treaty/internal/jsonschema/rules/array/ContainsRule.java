package dev.treaty.internal.jsonschema.rules.array;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.DeepContent;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.Verdicts;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code contains} with {@code minContains}/{@code maxContains}. A reader's requirement "at
 * least m items match C (and at most M)" holds for all written arrays when the writer guarantees
 * at least m items matching a schema inside C (and, for the upper count, at most M items
 * matching a schema that holds everything C holds).
 */
public final class ContainsRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.ARRAY);
  }

  @Override
  public void check(Pair pair) {
    List<Requirement> older = requirements(pair.older());
    List<Requirement> newer = requirements(pair.newer());
    if (older.equals(newer)) {
      return;
    }
    String pointer = pair.pointer("contains");
    String was = describe(older);
    String now = describe(newer);
    Classification backward = guaranteed(pair, older, newer);
    Classification forward = guaranteed(pair, newer, older);
    if (older.isEmpty()) {
      pair.report(JsonSchemaRule.CONTAINS_ADDED, pointer, null, now, backward, forward);
    } else if (newer.isEmpty()) {
      pair.report(JsonSchemaRule.CONTAINS_REMOVED, pointer, was, null, backward, forward);
    } else if (backward != COMPATIBLE || forward != COMPATIBLE) {
      pair.report(JsonSchemaRule.CONTAINS_CHANGED, pointer, was, now, backward, forward);
    }
  }

  private static Classification guaranteed(Pair pair, List<Requirement> writer,
      List<Requirement> reader) {
    Classification result = COMPATIBLE;
    for (Requirement wanted : reader) {
      if (wanted.least == 0 && wanted.most == null) {
        continue;
      }
      List<Classification> candidates = new ArrayList<>();
      for (Requirement given : writer) {
        if (given.least < wanted.least) {
          continue;
        }
        Classification inside = pair.childContains(List.of(given.schema), List.of(wanted.schema));
        if (wanted.most != null) {
          Classification outside = given.most == null || given.most > wanted.most ? BREAKING
              : pair.childContains(List.of(wanted.schema), List.of(given.schema));
          inside = Verdicts.worst(inside, outside);
        }
        candidates.add(inside);
      }
      result = Verdicts.worst(result, Verdicts.best(candidates));
    }
    return result;
  }

  private static List<Requirement> requirements(Conjunction alternative) {
    List<Requirement> list = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      SchemaNode schema = member.subschema("contains");
      if (schema != null) {
        Long least = member.count("minContains");
        list.add(new Requirement(schema, DeepContent.of(schema), least == null ? 1 : least, member.count("maxContains")));
      }
    }
    return list;
  }

  private static String describe(List<Requirement> requirements) {
    List<String> parts = new ArrayList<>();
    for (Requirement requirement : requirements) {
      parts.add("`" + CanonicalJson.ofSchema(requirement.schema.json()) + "`" + (requirement.least == 1 ? "" : " at least "
          + requirement.least) + (requirement.most == null ? "" : " at most " + requirement.most));
    }
    return String.join(", ", parts);
  }

  /** "At least {@code least} and at most {@code most} items match {@code schema}." */
  private record Requirement(SchemaNode schema, String text, long least, @Nullable Long most) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Requirement other && text.equals(other.text) && least == other.least
          && java.util.Objects.equals(most, other.most);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(text, least, most);
    }
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.CONTAINS_ADDED, JsonSchemaRule.CONTAINS_REMOVED,
        JsonSchemaRule.CONTAINS_CHANGED);
  }
}

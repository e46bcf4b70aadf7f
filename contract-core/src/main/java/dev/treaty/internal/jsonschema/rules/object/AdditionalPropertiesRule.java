package dev.treaty.internal.jsonschema.rules.object;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.PropertySchemas;
import dev.treaty.internal.jsonschema.compare.Regexes;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.List;
import java.util.Set;

/**
 * Properties no side declares or matches by a pattern: {@code additionalProperties} (or,
 * without it, {@code unevaluatedProperties}). An object closed ({@code false}) or opened is
 * reported as such; otherwise the schemas for such properties are compared under {@code {}}.
 */
public final class AdditionalPropertiesRule implements PairRule {

  private static final dev.treaty.model.FieldPath.Segment VALUES =
      new dev.treaty.model.FieldPath.MapValue();

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.OBJECT);
  }

  @Override
  public void check(Pair pair) {
    if (patternCoversAll(pair.older()) || patternCoversAll(pair.newer())) {
      return;
    }
    List<SchemaNode> older = PropertySchemas.others(pair.older());
    List<SchemaNode> newer = PropertySchemas.others(pair.newer());
    boolean olderClosed = pair.acceptsNothing(older);
    boolean newerClosed = pair.acceptsNothing(newer);
    boolean unevaluated = !uses(pair.older(), "additionalProperties")
        && !uses(pair.newer(), "additionalProperties");
    String keyword = unevaluated ? "unevaluatedProperties" : "additionalProperties";
    if (olderClosed && !newerClosed) {
      pair.report(unevaluated ? JsonSchemaRule.UNEVALUATED_PROPERTIES_WIDENED
              : JsonSchemaRule.ADDITIONAL_PROPERTIES_WIDENED, pair.pointer(keyword), "false",
          newer.isEmpty() ? "true" : null, COMPATIBLE, pair.childContains(newer, older));
    } else if (!olderClosed && newerClosed) {
      pair.report(unevaluated ? JsonSchemaRule.UNEVALUATED_PROPERTIES_NARROWED
              : JsonSchemaRule.ADDITIONAL_PROPERTIES_NARROWED, pair.pointer(keyword),
          older.isEmpty() ? "true" : null, "false", pair.childContains(older, newer),
          COMPATIBLE);
    } else if (!olderClosed) {
      pair.compareChild(older, newer, VALUES);
    }
  }

  private static boolean uses(Conjunction alternative, String keyword) {
    return alternative.members().stream().anyMatch(m -> m.has(keyword));
  }

  /** A pattern that matches every name leaves no property to additionalProperties. */
  private static boolean patternCoversAll(Conjunction alternative) {
    for (SchemaNode member : alternative.members()) {
      for (String pattern : member.subschemaMap("patternProperties").keySet()) {
        if (Regexes.matchesEverything(pattern)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.ADDITIONAL_PROPERTIES_WIDENED,
        JsonSchemaRule.ADDITIONAL_PROPERTIES_NARROWED,
        JsonSchemaRule.UNEVALUATED_PROPERTIES_WIDENED,
        JsonSchemaRule.UNEVALUATED_PROPERTIES_NARROWED);
  }
}

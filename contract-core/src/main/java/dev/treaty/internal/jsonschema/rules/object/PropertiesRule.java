package dev.treaty.internal.jsonschema.rules.object;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.PropertySchemas;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.FieldPath;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs declared properties by name. A property both sides declare is compared under its name.
 * A property only one side declares is compared with what the other side allows under that name
 * (its {@code additionalProperties} or matching {@code patternProperties}, or anything): adding
 * {@code world: {type: string}} to an open object breaks backward, because old data may carry
 * {@code world: 5}; adding it to a closed object breaks forward. Under the lenient policy an
 * optional property that the other side leaves unconstrained passes both ways.
 */
public final class PropertiesRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.OBJECT);
  }

  @Override
  public void check(Pair pair) {
    Set<String> names = new LinkedHashSet<>(PropertySchemas.declared(pair.older()));
    names.addAll(PropertySchemas.declared(pair.newer()));
    for (String name : names) {
      List<SchemaNode> older = PropertySchemas.of(pair.older(), name);
      List<SchemaNode> newer = PropertySchemas.of(pair.newer(), name);
      boolean inOlder = PropertySchemas.declares(pair.older(), name);
      boolean inNewer = PropertySchemas.declares(pair.newer(), name);
      FieldPath.Segment step = new FieldPath.Field(name);
      if (inOlder && inNewer) {
        pair.compareChild(older, newer, step);
        continue;
      }
      Classification backward = pair.childContains(older, newer);
      Classification forward = pair.childContains(newer, older);
      if (backward == COMPATIBLE && forward == COMPATIBLE) {
        // a declaration that changes nothing (e.g. {} added to an open object) is no change
        continue;
      }
      Conjunction declaring = inNewer ? pair.newer() : pair.older();
      if (pair.policy() == EvolutionPolicy.LENIENT
          && !PropertySchemas.required(declaring).contains(name)
          && unconstrained(inNewer ? older : newer)) {
        backward = COMPATIBLE;
        forward = COMPATIBLE;
      }
      pair.report(inNewer ? JsonSchemaRule.PROPERTY_ADDED : JsonSchemaRule.PROPERTY_REMOVED,
          FieldPath.of(List.of(step)), pointer(declaring, name), null, null, Map.of(),
          backward, forward);
    }
  }

  /** Nothing, or only {@code true}/{@code {}}, constrains the property on that side. */
  private static boolean unconstrained(List<SchemaNode> schemas) {
    for (SchemaNode schema : schemas) {
      if (schema.isFalse()
          || (!schema.isBoolean() && !CanonicalJson.ofSchema(schema.json()).equals("{}"))) {
        return false;
      }
    }
    return true;
  }

  private static String pointer(Conjunction alternative, String name) {
    for (SchemaNode member : alternative.members()) {
      SchemaNode property = member.subschemaMap("properties").get(name);
      if (property != null) {
        return property.label(null);
      }
    }
    return alternative.members().isEmpty() ? "" : alternative.members().get(0).label("properties");
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.PROPERTY_ADDED, JsonSchemaRule.PROPERTY_REMOVED);
  }
}

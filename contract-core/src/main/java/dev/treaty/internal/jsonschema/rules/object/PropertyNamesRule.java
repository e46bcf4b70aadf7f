package dev.treaty.internal.jsonschema.rules.object;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.DeepContent;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code propertyNames}: the schema every property name (a string) must satisfy. Judged as
 * strings: old names must satisfy the new schema backward, new names the old one forward.
 */
public final class PropertyNamesRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.OBJECT);
  }

  @Override
  public void check(Pair pair) {
    List<SchemaNode> older = names(pair.older());
    List<SchemaNode> newer = names(pair.newer());
    if (contents(older).equals(contents(newer))) {
      return;
    }
    Classification backward = pair.childContains(older, newer, Set.of(Kind.STRING));
    Classification forward = pair.childContains(newer, older, Set.of(Kind.STRING));
    if (backward == COMPATIBLE && forward == COMPATIBLE) {
      return;
    }
    pair.report(JsonSchemaRule.PROPERTY_NAMES_CHANGED, pair.pointer("propertyNames"), null, null,
        backward, forward);
  }

  private static List<SchemaNode> names(Conjunction alternative) {
    List<SchemaNode> schemas = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      SchemaNode schema = member.subschema("propertyNames");
      if (schema != null) {
        schemas.add(schema);
      }
    }
    return schemas;
  }

  private static Set<String> contents(List<SchemaNode> schemas) {
    Set<String> texts = new TreeSet<>();
    schemas.forEach(s -> texts.add(DeepContent.of(s)));
    return texts;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.PROPERTY_NAMES_CHANGED);
  }
}

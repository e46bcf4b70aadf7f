package dev.treaty.internal.jsonschema.rules.object;

import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.DeepContent;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.PropertySchemas;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code unevaluatedProperties}/{@code unevaluatedItems} sound where their reach is not
 * fixed. The other rules read them as applying wherever the chosen branches leave a property or
 * item unevaluated; when other branches may evaluate more for some values, that over-constrains
 * the schema — safe for the reader, not for the writer. So a changed place whose writing schema
 * has such a keyword is undecidable in that direction.
 */
public final class UnevaluatedRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.OBJECT, Kind.ARRAY);
  }

  @Override
  public void check(Pair pair) {
    String keyword = pair.kind() == Kind.OBJECT ? "unevaluatedProperties" : "unevaluatedItems";
    boolean older = PropertySchemas.uncertain(pair.older(), keyword);
    boolean newer = PropertySchemas.uncertain(pair.newer(), keyword);
    if ((!older && !newer) || content(pair.older()).equals(content(pair.newer()))) {
      return;
    }
    pair.report(JsonSchemaRule.UNEVALUATED_UNCERTAIN, FieldPath.ROOT, pair.pointer(keyword), null,
        null, Map.of("name", "`" + keyword + "`"), older ? UNDECIDABLE : COMPATIBLE,
        newer ? UNDECIDABLE : COMPATIBLE);
  }

  private static List<String> content(Conjunction alternative) {
    List<String> texts = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      texts.add(DeepContent.of(member));
    }
    texts.sort(null);
    return texts;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.UNEVALUATED_UNCERTAIN);
  }
}

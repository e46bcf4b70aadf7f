package dev.treaty.internal.jsonschema.rules.type;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.jsonschema.compare.Admission;
import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.List;
import java.util.Set;

/**
 * {@code integer} became {@code number} (widened: 1.5 is new) or the other way round (narrowed).
 */
public final class IntegerRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.NUMBER);
  }

  @Override
  public void check(Pair pair) {
    // a whole multipleOf makes numbers integers too; that change is the multipleOf rule's
    boolean older = integral(pair.older());
    boolean newer = integral(pair.newer());
    if (older == newer) {
      return;
    }
    String pointer = pair.pointer("type");
    if (older && Admission.integralByType(pair.older())) {
      pair.report(JsonSchemaRule.TYPE_WIDENED, pointer, "integer", "number", COMPATIBLE,
          BREAKING);
    } else if (newer && Admission.integralByType(pair.newer())) {
      pair.report(JsonSchemaRule.TYPE_NARROWED, pointer, "number", "integer", BREAKING,
          COMPATIBLE);
    }
  }

  /** Integers only: by type, by a whole multipleOf, or because every listed number is whole. */
  private static boolean integral(Conjunction alternative) {
    if (Admission.integral(alternative)) {
      return true;
    }
    List<JsonNode> values = Admission.values(alternative, Kind.NUMBER);
    return values != null && values.stream().allMatch(Kind::isIntegral);
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.TYPE_WIDENED, JsonSchemaRule.TYPE_NARROWED);
  }
}

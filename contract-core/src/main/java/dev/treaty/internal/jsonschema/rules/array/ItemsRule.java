package dev.treaty.internal.jsonschema.rules.array;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Evaluation;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs array positions: each tuple position ({@code prefixItems}, or a tuple {@code items}
 * array) with the same position, and the items after the tuple ({@code items},
 * {@code additionalItems}, and {@code unevaluatedItems} where its reach leaves them unevaluated)
 * with each other. A position one side
 * gives its own schema and the other does not is compared with what the other side allows
 * there; items after the tuple opened or closed are reported as such; everything else is
 * compared item by item under {@code []}.
 */
public final class ItemsRule implements PairRule {

  private static final FieldPath.Segment ELEMENT = new FieldPath.Element();

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.ARRAY);
  }

  @Override
  public void check(Pair pair) {
    int positions = Math.max(tupleLength(pair.older()), tupleLength(pair.newer()));
    for (int i = 0; i < positions; i++) {
      List<SchemaNode> older = at(pair.older(), i);
      List<SchemaNode> newer = at(pair.newer(), i);
      boolean inOlder = tupleLength(pair.older()) > i;
      boolean inNewer = tupleLength(pair.newer()) > i;
      if (inOlder && inNewer) {
        pair.compareChild(older, newer, ELEMENT);
        continue;
      }
      Classification backward = pair.childContains(older, newer);
      Classification forward = pair.childContains(newer, older);
      if (backward == COMPATIBLE && forward == COMPATIBLE) {
        continue;
      }
      JsonSchemaRule rule = inNewer ? JsonSchemaRule.ITEM_ADDED : JsonSchemaRule.ITEM_REMOVED;
      pair.report(rule, FieldPath.ROOT, pair.pointer(
          tupleKeyword(inNewer ? pair.newer() : pair.older())), null, null,
          Map.of("name", Integer.toString(i)), backward, forward);
    }
    List<SchemaNode> older = rest(pair.older());
    List<SchemaNode> newer = rest(pair.newer());
    boolean olderNone = pair.acceptsNothing(older);
    boolean newerNone = pair.acceptsNothing(newer);
    String pointer = pair.pointer(restKeyword(olderNone ? pair.newer() : pair.older()));
    if (olderNone && !newerNone) {
      pair.report(JsonSchemaRule.ADDITIONAL_ITEMS_WIDENED, pointer, "false", null, COMPATIBLE,
          pair.childContains(newer, older));
    } else if (!olderNone && newerNone) {
      pair.report(JsonSchemaRule.ADDITIONAL_ITEMS_NARROWED, pointer, null, "false",
          pair.childContains(older, newer), COMPATIBLE);
    } else if (!olderNone) {
      pair.compareChild(older, newer, ELEMENT);
    }
  }

  private static int tupleLength(Conjunction alternative) {
    int length = 0;
    for (SchemaNode member : alternative.members()) {
      length = Math.max(length, member.prefixItems().size());
    }
    return length;
  }

  /** The schemas for one position: each member's tuple schema there, or its rest schema. */
  private static List<SchemaNode> at(Conjunction alternative, int index) {
    List<SchemaNode> schemas = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      List<SchemaNode> prefix = member.prefixItems();
      SchemaNode schema = index < prefix.size() ? prefix.get(index) : member.restItems();
      if (schema != null) {
        schemas.add(schema);
      }
    }
    for (SchemaNode member : alternative.members()) {
      SchemaNode unevaluated = member.subschema("unevaluatedItems");
      if (unevaluated != null) {
        Evaluation seen = Evaluation.of(alternative, member);
        if (!seen.allItems() && index >= seen.prefix()) {
          schemas.add(unevaluated);
        }
      }
    }
    return schemas;
  }

  private static List<SchemaNode> rest(Conjunction alternative) {
    List<SchemaNode> schemas = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      SchemaNode schema = member.restItems();
      if (schema != null) {
        schemas.add(schema);
      }
    }
    for (SchemaNode member : alternative.members()) {
      SchemaNode unevaluated = member.subschema("unevaluatedItems");
      if (unevaluated != null && !Evaluation.of(alternative, member).allItems()) {
        schemas.add(unevaluated);
      }
    }
    return schemas;
  }

  private static String tupleKeyword(Conjunction alternative) {
    return alternative.members().stream().anyMatch(m -> m.has("prefixItems")) ? "prefixItems"
        : "items";
  }

  private static String restKeyword(Conjunction alternative) {
    for (SchemaNode member : alternative.members()) {
      if (member.has("additionalItems") && member.restItems() != null) {
        return "additionalItems";
      }
      if (member.has("items") && member.restItems() != null) {
        return "items";
      }
    }
    return alternative.members().stream().anyMatch(m -> m.has("unevaluatedItems"))
        ? "unevaluatedItems" : "items";
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.ITEM_ADDED, JsonSchemaRule.ITEM_REMOVED,
        JsonSchemaRule.ADDITIONAL_ITEMS_WIDENED, JsonSchemaRule.ADDITIONAL_ITEMS_NARROWED);
  }
}

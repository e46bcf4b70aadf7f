package dev.treaty.internal.jsonschema.rules.composition;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.DeepContent;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.Verdicts;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code not}, compared the other way round: old data (which avoids the old {@code not A})
 * avoids the new {@code not B} when every old value that matches B also matches A. With one
 * {@code not} on each side that is the whole answer; a {@code not} added is compatible backward
 * only when some old {@code not} already excludes it or no old value can match it, and
 * undecidable otherwise (Treaty does not search for the value that would break).
 */
public final class NotRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return EnumSet.allOf(Kind.class);
  }

  @Override
  public void check(Pair pair) {
    List<SchemaNode> older = negated(pair.older());
    List<SchemaNode> newer = negated(pair.newer());
    List<SchemaNode> olderLeft = new ArrayList<>(older);
    List<SchemaNode> newerLeft = new ArrayList<>(newer);
    for (SchemaNode schema : newer) {
      String content = DeepContent.of(schema);
      SchemaNode same = olderLeft.stream().filter(o -> DeepContent.of(o).equals(content))
          .findFirst().orElse(null);
      if (same != null) {
        olderLeft.remove(same);
        newerLeft.remove(schema);
      }
    }
    String pointer = pair.pointer("not");
    if (olderLeft.size() == 1 && newerLeft.size() == 1) {
      Classification backward = excluded(pair, pair.older(), newerLeft.get(0), older);
      Classification forward = excluded(pair, pair.newer(), olderLeft.get(0), newer);
      if (backward != COMPATIBLE || forward != COMPATIBLE) {
        pair.report(JsonSchemaRule.NOT_CHANGED, pointer, null, null, backward, forward);
      }
      return;
    }
    for (SchemaNode added : newerLeft) {
      Classification backward = excluded(pair, pair.older(), added, older);
      if (backward != COMPATIBLE) {
        pair.report(JsonSchemaRule.NOT_ADDED, pointer, null, null, backward, COMPATIBLE);
      }
    }
    for (SchemaNode removed : olderLeft) {
      Classification forward = excluded(pair, pair.newer(), removed, newer);
      if (forward != COMPATIBLE) {
        pair.report(JsonSchemaRule.NOT_REMOVED, pointer, null, null, COMPATIBLE, forward);
      }
    }
  }

  /**
   * Whether the writer never writes a value matching {@code negated}: some of its own
   * {@code not}s covers it, or the writer and {@code negated} together admit nothing.
   */
  private static Classification excluded(Pair pair, Conjunction writer, SchemaNode negated,
      List<SchemaNode> writerNots) {
    List<Classification> candidates = new ArrayList<>();
    for (SchemaNode own : writerNots) {
      candidates.add(pair.containsInContext(writer, List.of(negated), List.of(own)));
    }
    if (pair.nothingInContext(writer, List.of(negated))) {
      return COMPATIBLE;
    }
    if (!candidates.isEmpty()) {
      return Verdicts.best(candidates);
    }
    // a listed value that the writer accepts and the new not rejects proves the break
    return pair.witnessInContext(writer, List.of(negated)) ? Classification.BREAKING
        : Classification.UNDECIDABLE;
  }

  private static List<SchemaNode> negated(Conjunction alternative) {
    List<SchemaNode> schemas = new ArrayList<>();
    if (alternative.withResiduals()) {
      for (SchemaNode member : alternative.members()) {
        SchemaNode schema = member.subschema("not");
        if (schema != null) {
          schemas.add(schema);
        }
      }
    }
    return schemas;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.NOT_CHANGED, JsonSchemaRule.NOT_ADDED,
        JsonSchemaRule.NOT_REMOVED);
  }
}

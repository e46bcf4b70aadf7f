package dev.treaty.internal.jsonschema.rules.number;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Admission;
import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code multipleOf} added, removed or changed, judged by divisibility: every multiple of 10 is a
 * multiple of 5, so 10 to 5 is compatible backward; integers are multiples of 0.5, so adding
 * {@code multipleOf: 0.5} to an integer is harmless.
 */
public final class MultipleOfRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.NUMBER);
  }

  @Override
  public void check(Pair pair) {
    TreeMap<String, BigDecimal> older = steps(pair.older());
    TreeMap<String, BigDecimal> newer = steps(pair.newer());
    if (older.keySet().equals(newer.keySet())) {
      return;
    }
    String pointer = pair.pointer("multipleOf");
    String was = String.join(", ", older.keySet());
    String now = String.join(", ", newer.keySet());
    Classification backward = implied(older.values(), Admission.integral(pair.older()),
        newer.values());
    Classification forward = implied(newer.values(), Admission.integral(pair.newer()),
        older.values());
    if (older.isEmpty()) {
      pair.report(JsonSchemaRule.MULTIPLE_OF_ADDED, pointer, null, now, backward, forward);
    } else if (newer.isEmpty()) {
      pair.report(JsonSchemaRule.MULTIPLE_OF_REMOVED, pointer, was, null, backward, forward);
    } else {
      pair.report(JsonSchemaRule.MULTIPLE_OF_CHANGED, pointer, was, now, backward, forward);
    }
  }

  /** Whether every number that is a multiple of all writer steps is one of all reader steps. */
  private static Classification implied(Iterable<BigDecimal> writer, boolean integral,
      Iterable<BigDecimal> reader) {
    for (BigDecimal step : reader) {
      boolean covered = integral && divides(step, BigDecimal.ONE);
      for (BigDecimal given : writer) {
        covered |= divides(step, given);
      }
      if (!covered) {
        return BREAKING;
      }
    }
    return COMPATIBLE;
  }

  private static boolean divides(BigDecimal step, BigDecimal multiple) {
    return multiple.remainder(step).compareTo(BigDecimal.ZERO) == 0;
  }

  private static TreeMap<String, BigDecimal> steps(Conjunction alternative) {
    return alternative.members().stream()
        .map(m -> m.decimal("multipleOf"))
        .filter(s -> s != null && s.signum() > 0)
        .collect(Collectors.toMap(CanonicalJson::number, s -> s, (a, b) -> a, TreeMap::new));
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.MULTIPLE_OF_ADDED, JsonSchemaRule.MULTIPLE_OF_REMOVED,
        JsonSchemaRule.MULTIPLE_OF_CHANGED);
  }

}

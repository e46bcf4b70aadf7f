package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A test-only reference judge, standing in for the engine while it is absent: a direction is
 * incompatible exactly when the {@link WitnessSearch} finds a witness. It is unsound in the other
 * way from the engine's ideal (it calls "compatible" whatever it cannot disprove), so it exists
 * to exercise and measure the oracle's machinery, never to judge schemas for users.
 */
final class WitnessSearchJudge implements CompatibilityJudge {

  private final WitnessSearch search;

  WitnessSearchJudge(WitnessSearch search) {
    this.search = search;
  }

  @Override
  public String name() {
    return "reference (witness search)";
  }

  @Override
  public Judgement judge(SchemaPair pair) {
    SchemaDocument previous = SchemaDocument.of(pair.previous());
    SchemaDocument current = SchemaDocument.of(pair.current());
    Optional<String> problem = previous.problem().or(current::problem);
    if (problem.isPresent()) {
      return new Judgement.NoVerdict(problem.get());
    }
    return new Judgement.Judged(verdict(previous, current), verdict(current, previous));
  }

  private Judgement.Verdict verdict(SchemaDocument writer, SchemaDocument reader) {
    Optional<JsonNode> witness = search.search(writer, reader).witness();
    return new Judgement.Verdict(witness.isEmpty(), witness.map(w -> List.of("witness " + w)).orElse(List.of()));
  }
}

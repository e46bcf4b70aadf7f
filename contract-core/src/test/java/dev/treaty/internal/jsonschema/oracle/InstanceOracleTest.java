package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The oracle's bookkeeping, proven with judges whose mistakes are known. */
class InstanceOracleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WitnessSearch SEARCH = new WitnessSearch(WitnessSearch.Budget.DEFAULT);

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** Narrowing: BACKWARD breaks (old integers are not new strings), FORWARD too. */
  private static final SchemaPair RETYPED = new SchemaPair("retyped",
      json("{\"properties\": {\"n\": {\"type\": \"integer\"}}}"),
      json("{\"properties\": {\"n\": {\"type\": \"string\"}}}"));
  /** A bound widened: BACKWARD compatible, FORWARD breaks. */
  private static final SchemaPair WIDENED = new SchemaPair("widened",
      json("{\"type\": \"string\", \"maxLength\": 5}"), json("{\"type\": \"string\", \"maxLength\": 10}"));
  private static final SchemaPair SAME = new SchemaPair("same",
      json("{\"type\": \"string\", \"maxLength\": 5}"), json("{\"type\": \"string\", \"maxLength\": 5}"));

  private static CompatibilityJudge saying(Judgement judgement) {
    return new CompatibilityJudge() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public Judgement judge(SchemaPair pair) {
        return judgement;
      }
    };
  }

  private static final Judgement ALWAYS_COMPATIBLE =
      new Judgement.Judged(Judgement.Verdict.passes(), Judgement.Verdict.passes());
  private static final Judgement ALWAYS_INCOMPATIBLE =
      new Judgement.Judged(Judgement.Verdict.breaks("said so"), Judgement.Verdict.breaks("said so"));

  @Test
  void catchesAFalseCompatibleWithTheInstanceThatDisprovesIt() {
    OracleReport report = new InstanceOracle(saying(ALWAYS_COMPATIBLE), SEARCH)
        .run("test", List.of(RETYPED, WIDENED, SAME));
    assertThat(report.counterexamples()).extracting(c -> c.pairId() + " " + c.direction())
        .containsExactly("retyped BACKWARD", "retyped FORWARD", "widened FORWARD");
    for (OracleReport.Counterexample found : report.counterexamples()) {
      SchemaPair pair = List.of(RETYPED, WIDENED).stream().filter(p -> p.id().equals(found.pairId())).findFirst().orElseThrow();
      assertThat(new IndependentValidator(found.direction().writer(pair)).accepts(found.instance())).isTrue();
      assertThat(new IndependentValidator(found.direction().reader(pair)).accepts(found.instance())).isFalse();
    }
    assertThat(report.pairDirections()).isEqualTo(6);
    assertThat(report.instances()).isPositive();
    assertThat(report.summary()).contains("6 pair-directions", "3 counterexamples",
        "witnesses for 0/0 incompatible verdicts (n/a)");
    assertThat(report.details()).contains("COUNTEREXAMPLE widened forward: judged compatible, but the reader rejects \"");
  }

  @Test
  void reportsIncompatibleVerdictsWithoutWitness() {
    OracleReport report = new InstanceOracle(saying(ALWAYS_INCOMPATIBLE), SEARCH)
        .run("test", List.of(RETYPED, WIDENED, SAME));
    assertThat(report.counterexamples()).isEmpty();
    assertThat(report.incompatible()).isEqualTo(6);
    assertThat(report.witnessed()).isEqualTo(3);
    assertThat(report.unwitnessed()).extracting(u -> u.pairId() + " " + u.direction())
        .containsExactly("widened BACKWARD", "same BACKWARD", "same FORWARD");
    assertThat(report.summary()).contains("witnesses for 3/6 incompatible verdicts (50.0%)");
    assertThat(report.details()).contains("unwitnessed    same forward: no witness for [said so]");
  }

  @Test
  void theReferenceJudgeIsNeverContradicted() {
    OracleReport report = new InstanceOracle(new WitnessSearchJudge(SEARCH), SEARCH)
        .run("test", List.of(RETYPED, WIDENED, SAME));
    assertThat(report.counterexamples()).isEmpty();
    assertThat(report.unwitnessed()).isEmpty();
    assertThat(report.incompatible()).isEqualTo(3);
  }

  @Test
  void checksOnlyTheDirectionsAJudgeSpeaksFor() {
    Judgement backwardOnly = new Judgement.Judged(Judgement.Verdict.passes(), null);
    OracleReport report = new InstanceOracle(saying(backwardOnly), SEARCH).run("test", List.of(WIDENED));
    assertThat(report.pairDirections()).isEqualTo(1);
    assertThat(report.counterexamples()).isEmpty();
  }

  @Test
  void recordsPairsWithoutVerdictAndPairsTheValidatorCannotRead() {
    SchemaPair remote = new SchemaPair("remote", json("{\"$ref\": \"https://example.com/s.json\"}"), json("{}"));
    OracleReport refused = new InstanceOracle(saying(new Judgement.NoVerdict("refused")), SEARCH)
        .run("test", List.of(SAME));
    OracleReport unreadable = new InstanceOracle(saying(ALWAYS_COMPATIBLE), SEARCH).run("test", List.of(remote));
    assertThat(refused.noVerdict()).extracting(OracleReport.Skipped::toString).containsExactly("same: refused");
    assertThat(refused.pairDirections()).isZero();
    assertThat(unreadable.unchecked()).extracting(OracleReport.Skipped::pairId).containsExactly("remote");
    assertThat(unreadable.summary()).contains("1 pairs the validator cannot read");
  }

  @Test
  void summaryGroupsLargeCounts() {
    assertThat(OracleReport.grouped(41_870)).isEqualTo("41 870");
    assertThat(OracleReport.grouped(230)).isEqualTo("230");
  }
}

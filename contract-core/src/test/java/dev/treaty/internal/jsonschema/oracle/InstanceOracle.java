package dev.treaty.internal.jsonschema.oracle;

import java.util.List;
import java.util.Optional;

/**
 * Holds a judge's verdicts against data. For every pair and direction: a "compatible" verdict is
 * checked by showing the reader instances valid under the writer (a rejected one is a
 * counterexample, a false compatible); an "incompatible" verdict is backed by searching for a
 * witness (none found is reported, not failed: some breaks are real but out of the search's
 * reach, and some verdicts follow the strict open-content model rather than the data).
 */
final class InstanceOracle {

  private final CompatibilityJudge judge;
  private final WitnessSearch search;

  InstanceOracle(CompatibilityJudge judge, WitnessSearch search) {
    this.judge = judge;
    this.search = search;
  }

  /**
   * Checks every pair in both directions.
   *
   * @param label the corpus name, for the report
   * @param pairs the pairs
   * @return the figures and findings
   */
  OracleReport run(String label, List<SchemaPair> pairs) {
    OracleReport report = new OracleReport(label);
    long start = System.nanoTime();
    for (SchemaPair pair : pairs) {
      check(pair, report);
    }
    report.elapsed(System.nanoTime() - start);
    return report;
  }

  /** Checks one pair in both directions, adding to the report. */
  void check(SchemaPair pair, OracleReport report) {
    Judgement judgement = judge.judge(pair);
    if (judgement instanceof Judgement.NoVerdict none) {
      report.noVerdict(new OracleReport.Skipped(pair.id(), none.reason()));
      return;
    }
    Judgement.Judged judged = (Judgement.Judged) judgement;
    SchemaDocument previous = SchemaDocument.of(pair.previous());
    SchemaDocument current = SchemaDocument.of(pair.current());
    Optional<String> problem = previous.problem().or(current::problem);
    if (problem.isPresent()) {
      report.unchecked(new OracleReport.Skipped(pair.id(), problem.get()));
      return;
    }
    for (Direction direction : Direction.values()) {
      Optional<Judgement.Verdict> said = judged.in(direction);
      if (said.isEmpty()) {
        continue;
      }
      Judgement.Verdict verdict = said.get();
      SchemaDocument writer = direction == Direction.BACKWARD ? previous : current;
      SchemaDocument reader = direction == Direction.BACKWARD ? current : previous;
      WitnessSearch.Result result = search.search(writer, reader);
      if (verdict.compatible()) {
        if (result.witness().isPresent()) {
          report.counterexample(new OracleReport.Counterexample(
              pair.id(), direction, result.witness().get()), result.instancesTried());
        } else {
          report.checkedCompatible(result.instancesTried());
        }
      } else if (result.witness().isPresent()) {
        report.checkedIncompatible(result.instancesTried(), true);
      } else {
        report.unwitnessed(new OracleReport.Unwitnessed(pair.id(), direction, verdict.because()),
            result.instancesTried());
      }
    }
  }
}

package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdicts a peer corpus states for its own pairs: Apicurio's {@code compatibility}
 * ({@code backward}, {@code both}, {@code none}) and getsentry's {@code breaking} (BACKWARD only).
 * Held against data by the same oracle, they measure the generator's strength on verdicts nobody
 * here wrote, and they expose peer verdicts that data disproves.
 */
final class PeerVerdictJudge implements CompatibilityJudge {

  private final String name;
  private final Map<String, Judgement.Judged> verdicts;

  private PeerVerdictJudge(String name, Map<String, Judgement.Judged> verdicts) {
    this.name = name;
    this.verdicts = Map.copyOf(verdicts);
  }

  /** Apicurio's verdicts, keyed like {@link CorpusPairs#apicurio()}. */
  static PeerVerdictJudge apicurio() {
    JsonNode tests = CorpusPairs.read(CorpusPairs.APICURIO).get("tests");
    Map<String, Judgement.Judged> verdicts = new LinkedHashMap<>();
    List<SchemaPair> pairs = CorpusPairs.apicurio();
    for (int i = 0; i < tests.size(); i++) {
      String compatibility = tests.get(i).get("compatibility").asText();
      String reason = "apicurio says " + compatibility;
      Judgement.Verdict backward = compatibility.equals("none")
          ? Judgement.Verdict.breaks(reason) : Judgement.Verdict.passes();
      Judgement.Verdict forward = compatibility.equals("both")
          ? Judgement.Verdict.passes() : Judgement.Verdict.breaks(reason);
      verdicts.put(pairs.get(i).id(), new Judgement.Judged(backward, forward));
    }
    return new PeerVerdictJudge("apicurio's verdicts", verdicts);
  }

  /** getsentry's verdicts: {@code breaking} is the BACKWARD verdict; FORWARD is not stated. */
  static PeerVerdictJudge getsentry() {
    Map<String, Judgement.Judged> verdicts = new LinkedHashMap<>();
    for (JsonNode test : CorpusPairs.read(CorpusPairs.GETSENTRY).get("cases")) {
      boolean breaking = test.get("breaking").asBoolean();
      Judgement.Verdict backward = breaking
          ? Judgement.Verdict.breaks("getsentry says breaking") : Judgement.Verdict.passes();
      verdicts.put("getsentry " + test.get("id").asText(), new Judgement.Judged(backward, null));
    }
    return new PeerVerdictJudge("getsentry's verdicts", verdicts);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Judgement judge(SchemaPair pair) {
    Judgement.Judged verdict = verdicts.get(pair.id());
    return verdict != null ? verdict : new Judgement.NoVerdict("the corpus states no verdict");
  }
}

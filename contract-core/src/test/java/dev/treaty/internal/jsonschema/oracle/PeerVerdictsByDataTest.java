package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The oracle run on the peer corpora's own verdicts. It runs in every build, engine or not: it
 * measures the witness search on verdicts nobody here wrote (every incompatible verdict that data
 * can show must be shown), and it lists the peer verdicts that data disproves, each backed by an
 * instance, for the conformance work to cite.
 */
class PeerVerdictsByDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode expected;

  @BeforeAll
  static void readExpectations() throws IOException {
    try (InputStream in = PeerVerdictsByDataTest.class.getResourceAsStream("/jsonschema/oracle/peer-verdicts-by-data.json")) {
      expected = JSON.readTree(in);
    }
  }

  @Test
  void apicurio() {
    check(new InstanceOracle(PeerVerdictJudge.apicurio(), new WitnessSearch(WitnessSearch.Budget.DEFAULT))
        .run("on apicurio's own verdicts", CorpusPairs.apicurio()), CorpusPairs.apicurio(), "apicurio");
  }

  @Test
  void getsentry() {
    check(new InstanceOracle(PeerVerdictJudge.getsentry(), new WitnessSearch(WitnessSearch.Budget.DEFAULT))
        .run("on getsentry's own verdicts", CorpusPairs.getsentry()), CorpusPairs.getsentry(), "getsentry");
  }

  private static void check(OracleReport report, List<SchemaPair> pairs, String corpus) {
    System.out.println(report.summary());
    assertThat(report.noVerdict()).isEmpty();
    assertThat(report.unchecked()).as("pairs the validator cannot read").isEmpty();
    assertThat(report.counterexamples()).extracting(c -> key(c.pairId(), c.direction()))
        .as("peer verdicts disproved by data, in %s", report.details()).containsExactlyInAnyOrderElementsOf(listed("disproved", corpus));
    assertThat(report.unwitnessed()).extracting(u -> key(u.pairId(), u.direction()))
        .as("peer verdicts without witness, in %s", report.details()).containsExactlyInAnyOrderElementsOf(listed("unwitnessable", corpus));
    Map<String, SchemaPair> byId = pairs.stream().collect(Collectors.toMap(SchemaPair::id, Function.identity()));
    for (JsonNode entry : expected.get("disproved")) {
      SchemaPair pair = byId.get(entry.get("pair").asText());
      if (pair == null) {
        continue;
      }
      Direction direction = Direction.valueOf(entry.get("direction").asText().toUpperCase(Locale.ROOT));
      JsonNode instance = entry.get("instance");
      assertThat(new IndependentValidator(direction.writer(pair)).accepts(instance)).as("writer accepts %s", instance).isTrue();
      assertThat(new IndependentValidator(direction.reader(pair)).accepts(instance)).as("reader rejects %s", instance).isFalse();
    }
  }

  private static List<String> listed(String kind, String corpus) {
    List<String> keys = new ArrayList<>();
    for (JsonNode entry : expected.get(kind)) {
      if (entry.get("pair").asText().startsWith(corpus)) {
        keys.add(entry.get("pair").asText() + " " + entry.get("direction").asText());
      }
    }
    return keys;
  }

  private static String key(String pairId, Direction direction) {
    return pairId + " " + direction.label();
  }
}

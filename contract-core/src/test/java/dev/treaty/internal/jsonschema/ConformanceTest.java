package dev.treaty.internal.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import dev.treaty.internal.jsonschema.read.Draft;
import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every pair of the peers' corpora (Apicurio's compatibility cases, getsentry's diff
 * fixtures) and compares Treaty's verdicts with theirs. Every disagreement must be listed, with
 * its reason and an instance, in {@code jsonschema/conformance-disagreements.yaml}; a listed
 * disagreement that no longer disagrees fails too, so the list stays honest. The agreement per
 * corpus is printed in the build output.
 *
 * <p>Apicurio cases carry a BACKWARD and a FORWARD verdict ({@code compatibility}: both,
 * backward, none), with {@code original} the old schema. getsentry's {@code breaking} is the
 * BACKWARD verdict with lhs the old schema. Six Apicurio cases carry "$comment: Schema library
 * does not support this case" and one updates to the boolean schema {@code true}: Treaty runs
 * them like every other.
 */
class ConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Tally> TALLIES = new HashMap<>();
  private static final Set<String> LISTED_USED = new HashSet<>();
  private static Map<String, JsonNode> listed;

  @TestFactory
  Stream<DynamicTest> apicurio() throws IOException {
    JsonNode tests = JSON.readTree(Corpus.resolve(
        "jsonschema/apicurio-registry/compatibility-test-data.json").toFile()).get("tests");
    return IntStream.range(0, tests.size()).mapToObj(i -> {
      JsonNode test = tests.get(i);
      String note = test.has("$comment") ? " ($comment: " + test.get("$comment").asText() + ")" : "";
      return DynamicTest.dynamicTest(i + ": " + test.get("id").asText() + note, () -> {
        String compatibility = test.get("compatibility").asText();
        check("apicurio", i, test.get("original"), test.get("updated"),
            !compatibility.equals("none"), compatibility.equals("both"));
      });
    });
  }

  @TestFactory
  Stream<DynamicTest> getsentry() throws IOException {
    JsonNode cases = JSON.readTree(Corpus.resolve(
        "jsonschema/getsentry-json-schema-diff/getsentry-json-schema-diff-cases.derived.json")
        .toFile()).get("cases");
    return IntStream.range(0, cases.size()).mapToObj(i -> {
      JsonNode test = cases.get(i);
      return DynamicTest.dynamicTest(i + ": " + test.get("id").asText(), () -> check("getsentry",
          i, test.get("lhs"), test.get("rhs"), !test.get("breaking").asBoolean(), null));
    });
  }

  private static void check(String corpus, int index, JsonNode older, JsonNode newer,
      Boolean peerBackward, Boolean peerForward) throws IOException {
    List<Finding> findings = JsonSchemas.FORMAT.compare(
        JsonSchemas.parse("old.json", JSON.writeValueAsString(older)),
        JsonSchemas.parse("new.json", JSON.writeValueAsString(newer)), EvolutionPolicy.STRICT);
    Classification backward = JsonSchemas.verdict(findings, true);
    Classification forward = JsonSchemas.verdict(findings, false);
    List<String> problems = new ArrayList<>();
    boolean caseAgrees = direction(corpus, index, "backward", peerBackward, backward, older, newer,
        problems);
    if (peerForward != null) {
      caseAgrees &= direction(corpus, index, "forward", peerForward, forward, older, newer,
          problems);
    }
    Tally tally = tally(corpus);
    synchronized (tally) {
      tally.cases++;
      tally.casesAgreeing += caseAgrees ? 1 : 0;
    }
    assertThat(problems).as(corpus + " case " + index + ", findings: " + findings).isEmpty();
  }

  /** Compares one direction; returns whether Treaty agrees with the peer. */
  private static boolean direction(String corpus, int index, String direction, boolean peer,
      Classification ours, JsonNode older, JsonNode newer, List<String> problems)
      throws IOException {
    boolean agrees = peer == (ours == Classification.COMPATIBLE);
    Tally tally = tally(corpus);
    synchronized (tally) {
      tally.verdicts++;
      tally.verdictsAgreeing += agrees ? 1 : 0;
    }
    String key = corpus + "/" + index + "/" + direction;
    JsonNode entry = listed().get(key);
    if (entry == null) {
      if (!agrees) {
        problems.add(direction + ": the peer says " + (peer ? "compatible" : "incompatible")
            + ", Treaty says " + ours + "; list it with a reason and an instance in "
            + "conformance-disagreements.yaml, or fix Treaty");
      }
      return agrees;
    }
    LISTED_USED.add(key);
    if (agrees) {
      problems.add(direction + " is listed as a disagreement but now agrees: remove the entry");
      return true;
    }
    if (!entry.get("treaty").asText().equals(ours.name().toLowerCase(Locale.ROOT))) {
      problems.add(direction + ": listed as Treaty " + entry.get("treaty").asText() + ", is "
          + ours);
    }
    JsonNode instance = entry.get("instance");
    boolean underOld = valid(older, instance);
    boolean underNew = valid(newer, instance);
    if (underOld != entry.get("validUnderOld").asBoolean()
        || underNew != entry.get("validUnderNew").asBoolean()) {
      problems.add(direction + ": the instance " + instance + " is valid under old: " + underOld
          + ", under new: " + underNew + ", not as listed");
    }
    return false;
  }

  /** Validates with networknt, offline; schemas without $schema are read as 2020-12. */
  private static boolean valid(JsonNode schema, JsonNode instance) {
    Schema compiled = OfflineSchemaRegistry.create(Draft.DRAFT_2020_12).getSchema(schema);
    return compiled.validate(instance).isEmpty();
  }

  private static synchronized Map<String, JsonNode> listed() throws IOException {
    if (listed == null) {
      listed = new HashMap<>();
      JsonNode file = new YAMLMapper().readTree(Path.of(
          "src/test/resources/jsonschema/conformance-disagreements.yaml").toFile());
      for (JsonNode entry : file.get("disagreements")) {
        String key = entry.get("corpus").asText() + "/" + entry.get("case").asInt() + "/"
            + entry.get("direction").asText();
        assertThat(listed.put(key, entry)).as("listed twice: " + key).isNull();
        assertThat(entry.get("reason").asText()).as("reason of " + key).isNotBlank();
        assertThat(entry.has("instance")).as("instance of " + key).isTrue();
      }
    }
    return listed;
  }

  private static synchronized Tally tally(String corpus) {
    return TALLIES.computeIfAbsent(corpus, c -> new Tally());
  }

  @AfterAll
  static void report() throws IOException {
    for (String corpus : List.of("apicurio", "getsentry")) {
      Tally tally = TALLIES.get(corpus);
      if (tally == null) {
        continue;
      }
      long listedHere = listed().keySet().stream().filter(k -> k.startsWith(corpus + "/")).count();
      System.out.printf(Locale.ROOT, "[treaty] conformance %s: %d/%d cases agree (%.1f%%), "
              + "%d/%d verdicts agree (%.1f%%); %d listed disagreements%n", corpus,
          tally.casesAgreeing, tally.cases, 100.0 * tally.casesAgreeing / tally.cases,
          tally.verdictsAgreeing, tally.verdicts, 100.0 * tally.verdictsAgreeing / tally.verdicts,
          listedHere);
    }
    if (TALLIES.size() == 2) {
      Set<String> unused = new HashSet<>(listed().keySet());
      unused.removeAll(LISTED_USED);
      assertThat(unused).as("listed disagreements that match no corpus case").isEmpty();
    }
  }

  /** Counts for one corpus. */
  private static final class Tally {
    int cases;
    int casesAgreeing;
    int verdicts;
    int verdictsAgreeing;
  }
}

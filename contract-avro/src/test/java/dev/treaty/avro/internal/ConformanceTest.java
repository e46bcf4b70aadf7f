package dev.treaty.avro.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.avro.AvroSchemas;
import dev.treaty.avro.internal.compare.BranchSelector;
import dev.treaty.avro.internal.oracle.Datums;
import dev.treaty.model.Classification;
import dev.treaty.model.Comparison;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.EvolutionResult;
import dev.treaty.model.Finding;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the Avro corpus and compares Treaty's verdicts with Avro's own tests.
 *
 * <ul>
 *   <li>{@code avro-compat-cases.jsonl}: {@code reader} reads data written with {@code writer},
 *       so Treaty compares old = writer, new = reader and takes the backward verdict. Cases
 *       0001–0144 are Avro's {@code SchemaCompatibility} cases, 0145–0240 its grammar-based
 *       {@code SchemaValidator} cases (the expected verdict is the same field,
 *       {@code compatible}); 0241–0244 say which reader union branch Avro's decoder picks, and
 *       are checked against Treaty's {@link BranchSelector}. Records without a name
 *       (0001–0005, built in code upstream) get the same placeholder name on both sides.
 *   <li>{@code avro-validator-strategy-cases.jsonl}: the strategies map to modes (canRead =
 *       BACKWARD, canBeRead = FORWARD, mutualRead = FULL; scope all = transitive), and the
 *       verdict comes from {@link EvolutionResult#failing()} over one comparison per existing
 *       schema.
 * </ul>
 *
 * <p>Every disagreement must be listed in {@code avro/conformance-disagreements.yaml} with its
 * reason and a datum, which this test writes with the writer schema and decodes with the reader
 * schema to check that it decodes (or fails) as listed; a listed disagreement that agrees fails
 * too. The agreement per file is printed in the build output.
 */
class ConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LISTED = Path.of("src/test/resources/avro/conformance-disagreements.yaml");
  private static final Map<String, int[]> TALLIES = new HashMap<>();
  private static final Set<String> LISTED_USED = new HashSet<>();
  private static Map<String, JsonNode> listed;

  @TestFactory
  Stream<DynamicTest> compatCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(Corpus.resolve("avro/avro-compat-cases.jsonl"))) {
      JsonNode test = JSON.readTree(line);
      String id = test.get("id").asText();
      String checker = test.get("checker").asText();
      String label = id + " " + checker.substring(checker.lastIndexOf('.') + 1)
          + (test.has("note") ? " (" + test.get("note").asText() + ")" : "");
      tests.add(DynamicTest.dynamicTest(label, () -> {
        if (test.get("expected").has("selected_reader_union_branch")) {
          branchSelection(test);
        } else {
          verdict(test);
        }
      }));
    }
    return tests.stream();
  }

  private static void verdict(JsonNode test) throws IOException {
    String id = test.get("id").asText();
    String reader = named(test.get("reader"));
    String writer = named(test.get("writer"));
    List<Finding> findings = AvroSchemas.compare(writer, reader);
    Classification ours = AvroSchemas.verdict(findings, true);
    boolean peer = test.get("expected").get("compatible").asBoolean();
    boolean agrees = peer == (ours == Classification.COMPATIBLE);
    tally("avro-compat", agrees);
    List<String> problems = new ArrayList<>();
    checkListed("avro-compat", id, agrees, peer, ours, writer, reader, problems);
    assertThat(problems).as(id + ", findings: " + findings).isEmpty();
    assertThat(findings).as(id + ": Treaty's rules explain every incompatibility Avro finds")
        .noneMatch(f -> f.ruleId().equals("avro.resolution.incompatible"));
  }

  private static void branchSelection(JsonNode test) {
    Schema reader = new Schema.Parser().parse(test.get("reader").toString());
    Schema writer = new Schema.Parser().parse(test.get("writer").toString());
    int expected = test.get("expected").get("selected_reader_union_branch").asInt();
    int ours = new BranchSelector().select(writer, reader);
    tally("avro-compat", ours == expected);
    assertThat(ours).as(test.get("id").asText() + " selected reader branch").isEqualTo(expected);
  }

  @TestFactory
  Stream<DynamicTest> validatorStrategyCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(
        Corpus.resolve("avro/avro-validator-strategy-cases.jsonl"))) {
      JsonNode test = JSON.readTree(line);
      String id = test.get("id").asText();
      tests.add(DynamicTest.dynamicTest(id + " " + test.get("strategy").asText() + "/"
          + test.get("scope").asText(), () -> strategy(test)));
    }
    return tests.stream();
  }

  private static void strategy(JsonNode test) {
    CompatibilityMode mode = mode(test.get("strategy").asText(),
        test.get("scope").asText().equals("all"));
    ParsedSchema current = AvroSchemas.parse("new.avsc", named(test.get("to_validate")));
    List<Comparison> comparisons = new ArrayList<>();
    int version = 1;
    for (JsonNode existing : test.get("existing_oldest_first")) {
      ParsedSchema previous = AvroSchemas.parse("v" + version + ".avsc", named(existing));
      comparisons.add(new Comparison(String.valueOf(version++),
          AvroSchemas.FORMAT.compare(previous, current, EvolutionPolicy.STRICT)));
    }
    EvolutionResult result = new EvolutionResult(mode, EvolutionPolicy.STRICT, comparisons);
    boolean passes = result.failing().isEmpty();
    boolean expected = test.get("expected_passes").asBoolean();
    tally("avro-validator-strategy", passes == expected);
    assertThat(passes).as(test.get("id").asText() + " under " + mode + ", failing: "
        + result.failing()).isEqualTo(expected);
  }

  private static CompatibilityMode mode(String strategy, boolean transitive) {
    return switch (strategy) {
      case "canRead" -> transitive ? CompatibilityMode.BACKWARD_TRANSITIVE
          : CompatibilityMode.BACKWARD;
      case "canBeRead" -> transitive ? CompatibilityMode.FORWARD_TRANSITIVE
          : CompatibilityMode.FORWARD;
      case "mutualRead" -> transitive ? CompatibilityMode.FULL_TRANSITIVE : CompatibilityMode.FULL;
      default -> throw new IllegalArgumentException("unknown strategy " + strategy);
    };
  }

  private static void checkListed(String file, String id, boolean agrees, boolean peer,
      Classification ours, String writer, String reader, List<String> problems) throws IOException {
    String key = file + "/" + id;
    JsonNode entry = listed().get(key);
    if (entry == null) {
      if (!agrees) {
        problems.add("Avro says " + (peer ? "compatible" : "incompatible") + ", Treaty says "
            + ours + "; list it with a reason and a datum in conformance-disagreements.yaml, or "
            + "fix Treaty");
      }
      return;
    }
    LISTED_USED.add(key);
    if (agrees) {
      problems.add("listed as a disagreement but now agrees: remove the entry");
      return;
    }
    if (!entry.get("treaty").asText().equals(ours.name().toLowerCase(Locale.ROOT))) {
      problems.add("listed as Treaty " + entry.get("treaty").asText() + ", is " + ours);
    }
    Schema writerSchema = new Schema.Parser().parse(writer);
    Schema readerSchema = new Schema.Parser().parse(reader);
    String datum = entry.get("datum").asText();
    String outcome = Datums.decodeJson(writerSchema, readerSchema, datum);
    if (!outcome.equals(entry.get("decodes").asText())) {
      problems.add("the datum " + datum + " decodes as " + outcome + ", not as listed: "
          + entry.get("decodes").asText());
    }
  }

  private static String named(JsonNode schema) {
    return AvroSchemas.named(schema);
  }

  private static synchronized void tally(String file, boolean agrees) {
    int[] counts = TALLIES.computeIfAbsent(file, f -> new int[2]);
    counts[0]++;
    counts[1] += agrees ? 1 : 0;
  }

  private static synchronized Map<String, JsonNode> listed() throws IOException {
    if (listed == null) {
      listed = new HashMap<>();
      JsonNode file = new YAMLMapper().readTree(LISTED.toFile());
      for (JsonNode entry : file.get("disagreements")) {
        String key = entry.get("file").asText() + "/" + entry.get("case").asText();
        assertThat(listed.put(key, entry)).as("listed twice: " + key).isNull();
        assertThat(entry.path("reason").asText()).as("reason of " + key).isNotBlank();
        assertThat(entry.has("datum") && entry.has("decodes")).as("datum of " + key).isTrue();
      }
    }
    return listed;
  }

  @AfterAll
  static void report() throws IOException {
    for (String file : List.of("avro-compat", "avro-validator-strategy")) {
      int[] counts = TALLIES.get(file);
      if (counts == null) {
        continue;
      }
      long listedHere = listed().keySet().stream().filter(k -> k.startsWith(file + "/")).count();
      System.out.printf(Locale.ROOT, "[treaty] conformance %s: %d/%d agree (%.1f%%); %d listed "
              + "disagreements%n", file, counts[1], counts[0], 100.0 * counts[1] / counts[0],
          listedHere);
    }
    if (TALLIES.size() == 2) {
      Set<String> unused = new HashSet<>(listed().keySet());
      unused.removeAll(LISTED_USED);
      assertThat(unused).as("listed disagreements that match no corpus case").isEmpty();
    }
  }
}

package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class WitnessSearchTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WitnessSearch SEARCH = new WitnessSearch(WitnessSearch.Budget.DEFAULT);

  @TestFactory
  Stream<DynamicTest> findsAWitnessExactlyWhereOneExists() throws IOException {
    JsonNode cases;
    try (InputStream in = getClass().getResourceAsStream("/jsonschema/oracle/witness-cases.json")) {
      cases = JSON.readTree(in).get("cases");
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode testCase : cases) {
      tests.add(DynamicTest.dynamicTest(testCase.get("name").asText(), () -> {
        JsonNode writer = testCase.get("writer");
        JsonNode reader = testCase.get("reader");
        WitnessSearch.Result result = SEARCH.search(SchemaDocument.of(writer), SchemaDocument.of(reader));
        if (testCase.get("witness").asBoolean()) {
          assertThat(result.witness()).as("witness for %s", testCase.get("name")).isPresent();
          JsonNode witness = result.witness().get();
          assertThat(new IndependentValidator(writer).accepts(witness)).as("writer accepts %s", witness).isTrue();
          assertThat(new IndependentValidator(reader).accepts(witness)).as("reader rejects %s", witness).isFalse();
        } else {
          assertThat(result.witness()).as("no witness for %s", testCase.get("name")).isEmpty();
        }
        assertThat(result.instancesTried()).isLessThanOrEqualTo(
            result.writerInstances() + WitnessSearch.Budget.DEFAULT.instancesToMutate()
                * WitnessSearch.Budget.DEFAULT.neighboursPerInstance());
      }));
    }
    return tests.stream();
  }

  @Test
  void theMutationStepFindsWhatGenerationAloneMisses() throws IOException {
    // a duplicate item that also satisfies "contains": no generated shape has both
    SchemaDocument writer = SchemaDocument.of(JSON.readTree("""
        {"type": "array", "contains": {"type": "integer", "minimum": 5}}"""));
    SchemaDocument reader = SchemaDocument.of(JSON.readTree("""
        {"type": "array", "contains": {"type": "integer", "minimum": 5}, "uniqueItems": true}"""));
    WitnessSearch generationOnly = new WitnessSearch(new WitnessSearch.Budget(GeneratorLimits.DEFAULT, 0, 0));
    assertThat(generationOnly.search(writer, reader).witness()).isEmpty();
    assertThat(SEARCH.search(writer, reader).witness()).isPresent();
  }

  @Test
  void triesEveryWriterInstanceWhenThereIsNoWitness() throws IOException {
    SchemaDocument schema = SchemaDocument.of(JSON.readTree("{\"type\": \"integer\", \"minimum\": 0}"));
    WitnessSearch.Result result = SEARCH.search(schema, schema);
    assertThat(result.witness()).isEmpty();
    assertThat(result.writerInstances()).isPositive();
    assertThat(result.instancesTried()).isGreaterThan(result.writerInstances());
  }
}

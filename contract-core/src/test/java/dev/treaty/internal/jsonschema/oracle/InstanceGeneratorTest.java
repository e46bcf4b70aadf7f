package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class InstanceGeneratorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final InstanceGenerator GENERATOR = new InstanceGenerator(GeneratorLimits.DEFAULT);

  private static List<JsonNode> generate(JsonNode schema) {
    SchemaDocument document = SchemaDocument.of(schema);
    return GENERATOR.generate(document, Vocabulary.of(schema));
  }

  @TestFactory
  Stream<DynamicTest> generatesValidInstancesWithTheEdgeValues() throws IOException {
    JsonNode cases;
    try (InputStream in = getClass().getResourceAsStream("/jsonschema/oracle/generator-cases.json")) {
      cases = JSON.readTree(in).get("cases");
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode testCase : cases) {
      tests.add(DynamicTest.dynamicTest(testCase.get("name").asText(), () -> {
        JsonNode schema = testCase.get("schema");
        List<JsonNode> instances = generate(schema);
        IndependentValidator validator = new IndependentValidator(schema);
        for (JsonNode instance : instances) {
          assertThat(validator.accepts(instance))
              .as("generated %s, which %s rejects: %s", instance, schema, validator.errors(instance))
              .isTrue();
        }
        List<JsonNode> expected = new ArrayList<>();
        testCase.get("include").forEach(expected::add);
        assertThat(instances).as("instances of %s", schema).containsAll(expected);
        if (testCase.has("count")) {
          assertThat(instances).hasSize(testCase.get("count").asInt());
        } else {
          assertThat(instances).doesNotHaveDuplicates();
        }
      }));
    }
    return tests.stream();
  }

  @Test
  void sameSchemaSameInstances() throws IOException {
    JsonNode schema = JSON.readTree("""
        {"type": "object", "properties": {"s": {"type": "string", "pattern": "^[a-z]+[0-9]{2,}$"},
         "n": {"type": "number"}, "l": {"type": "array", "items": {"type": "string"}}}}""");
    assertThat(generate(schema)).isEqualTo(generate(schema)).isNotEmpty();
  }

  @Test
  void respectsTheInstanceLimit() throws IOException {
    JsonNode schema = JSON.readTree("{}");
    GeneratorLimits small = new GeneratorLimits(3, 7, 4, 4, 1L);
    List<JsonNode> instances = new InstanceGenerator(small).generate(SchemaDocument.of(schema), Vocabulary.empty());
    assertThat(instances).hasSize(7);
  }

  @Test
  void aRequiredEndlessRecursionHasNoInstanceAndEndsQuickly() throws IOException {
    JsonNode schema = JSON.readTree("""
        {"$defs": {"n": {"type": "object", "properties": {"next": {"$ref": "#/$defs/n"}},
         "required": ["next"]}}, "$ref": "#/$defs/n"}""");
    List<JsonNode> instances = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> generate(schema));
    assertThat(instances).isEmpty();
  }

  @Test
  void aReferenceCycleThroughItemsEndsQuickly() throws IOException {
    JsonNode schema = JSON.readTree("""
        {"$defs": {"a": {"$ref": "#/$defs/b"},
         "b": {"anyOf": [{"type": "integer"}, {"type": "array", "items": {"$ref": "#/$defs/a"}}]}},
         "$ref": "#/$defs/a"}""");
    List<JsonNode> instances = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> generate(schema));
    assertThat(instances).anyMatch(JsonNode::isIntegralNumber).anyMatch(a -> a.path(0).isArray());
  }

  @Test
  void aReferenceCycleWithoutProgressEndsQuicklyWithNothing() throws IOException {
    // the validator itself overflows on this one: no instance can be vouched for
    JsonNode schema = JSON.readTree("""
        {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"anyOf": [{"$ref": "#/$defs/a"}, {"type": "integer"}]}},
         "$ref": "#/$defs/a"}""");
    List<JsonNode> instances = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> generate(schema));
    assertThat(instances).isEmpty();
  }

  @Test
  void aWideDeepSchemaEndsQuicklyWithinTheLimit() {
    // 40 properties, each a union of five objects nested six deep: far too many combinations
    ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    for (int i = 0; i < 40; i++) {
      ArrayNode branches = properties.putObject("p" + i).putArray("oneOf");
      for (int b = 0; b < 5; b++) {
        ObjectNode branch = branches.addObject().put("type", "object");
        ObjectNode level = branch;
        for (int d = 0; d < 6; d++) {
          level = level.putObject("properties").putObject("d" + d).put("type", "object");
          level.putArray("required");
        }
        branch.putArray("required").add("d0");
        branch.putObject("properties").putObject("tag").put("const", b);
        branch.withArrayProperty("required").add("tag");
      }
    }
    schema.putArray("required").add("p0").add("p39");
    List<JsonNode> instances = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> generate(schema));
    assertThat(instances).isNotEmpty().hasSizeLessThanOrEqualTo(GeneratorLimits.DEFAULT.maxInstances());
  }

  @Test
  void anUnreadableSchemaHasNoInstancesAndIsNeverFetched() throws IOException {
    JsonNode schema = JSON.readTree("{\"$ref\": \"https://example.com/remote.json\"}");
    SchemaDocument document = SchemaDocument.of(schema);
    assertThat(document.problem()).isPresent();
    assertThat(GENERATOR.generate(document, Vocabulary.of(schema))).isEmpty();
  }

  @Test
  void aSchemaWithoutDollarSchemaIsReadAs202012() throws IOException {
    // under 2020-12 "items" after "prefixItems" holds the rest; earlier drafts ignore prefixItems
    JsonNode schema = JSON.readTree("""
        {"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}}""");
    assertThat(Draft.of(schema)).isEqualTo(Draft.DRAFT_2020_12);
    List<JsonNode> instances = generate(schema);
    assertThat(instances).anyMatch(a -> a.size() == 2 && a.get(0).isTextual() && a.get(1).isInt());
    assertThat(instances).noneMatch(a -> a.size() > 0 && !a.get(0).isTextual());
  }

  @Test
  void mixesInTheOtherSchemasWords() throws IOException {
    JsonNode writer = JSON.readTree("{\"type\": \"object\"}");
    JsonNode reader = JSON.readTree("""
        {"type": "object", "properties": {"postal_code": {"type": "number", "maximum": 42}}}""");
    List<JsonNode> instances = GENERATOR.generate(SchemaDocument.of(writer), Vocabulary.of(writer, reader));
    assertThat(instances).anyMatch(o -> o.path("postal_code").isTextual());
    assertThat(instances).anyMatch(o -> o.size() >= 43);
  }
}

package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceMutatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  private static List<JsonNode> neighbours(String instance, String... schemas) throws IOException {
    JsonNode[] nodes = new JsonNode[schemas.length];
    for (int i = 0; i < schemas.length; i++) {
      nodes[i] = json(schemas[i]);
    }
    return new InstanceMutator(Vocabulary.of(nodes), 1L).neighbours(json(instance), 10_000);
  }

  @Test
  void addsRemovesNullsAndRetypesProperties() throws IOException {
    List<JsonNode> neighbours = neighbours("{\"a\": 1}");
    assertThat(neighbours).contains(json("{\"a\": 1, \"extra\": \"x\"}"), json("{\"a\": 1, \"extra\": null}"),
        json("{\"a\": 1, \"extra\": {\"k\": \"v\"}}"), json("{\"a\": 1, \"extra\": [1, \"a\"]}"),
        json("{}"), json("{\"a\": null}"), json("{\"a\": \"x\"}"), json("{\"a\": 2}"), json("{\"a\": 0}"),
        json("{\"a\": 1.5}"), json("{\"a\": -1}"));
    assertThat(neighbours).doesNotContain(json("{\"a\": 1}")).doesNotHaveDuplicates();
  }

  @Test
  void usesTheOtherSchemasNamesNumbersAndLiterals() throws IOException {
    String reader = """
        {"properties": {"postal_code": {"type": "number", "maximum": 42}, "c": {"enum": ["red"]},
         "s": {"maxLength": 3}}, "patternProperties": {"^I_": {"type": "number"}}}""";
    List<JsonNode> neighbours = neighbours("{\"n\": 7, \"c\": \"blue\", \"s\": \"ab\"}", reader);
    assertThat(neighbours).contains(json("{\"n\": 7, \"c\": \"blue\", \"s\": \"ab\", \"postal_code\": \"x\"}"),
        json("{\"n\": 42.000001, \"c\": \"blue\", \"s\": \"ab\"}"), json("{\"n\": 43, \"c\": \"blue\", \"s\": \"ab\"}"),
        json("{\"n\": 7, \"c\": \"red\", \"s\": \"ab\"}"), json("{\"n\": 7, \"c\": \"blue\", \"s\": \"abcd\"}"),
        json("{\"n\": 7, \"c\": \"blue\", \"s\": \"ab\", \"I_\": \"x\"}"));
  }

  @Test
  void lengthensShortensAndEmptiesArraysAndStrings() throws IOException {
    List<JsonNode> neighbours = neighbours("[\"ab\", 2]");
    assertThat(neighbours).contains(json("[\"ab\", 2, 2]"), json("[\"ab\"]"), json("[]"),
        json("[\"ab\", 2, null]"), json("[\"aba\", 2]"), json("[\"a\", 2]"), json("[\"\", 2]"), json("[2]"));
  }

  @Test
  void reachesNestedPlaces() throws IOException {
    assertThat(neighbours("{\"o\": {\"p\": [true]}}"))
        .contains(json("{\"o\": {\"p\": [true], \"extra\": 1}}"), json("{\"o\": {\"p\": [\"x\"]}}"),
            json("{\"o\": {\"p\": []}}"), json("{\"o\": {}}"));
  }

  @Test
  void stopsAtTheLimit() throws IOException {
    assertThat(new InstanceMutator(Vocabulary.empty(), 1L).neighbours(json("{\"a\": [1, 2, 3]}"), 5)).hasSize(5);
  }
}

package dev.treaty.internal.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.internal.jsonschema.compare.LocationRule;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.RuleDescriptor;
import dev.treaty.spi.SchemaFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue is complete: every rule id has a rule that reports it, a message template, an
 * entry in docs/rules/json-schema.md and at least one fixture that shows it; and nothing exists
 * outside the catalogue (a fixture directory, a reported rule).
 */
class RuleCatalogueTest {

  private static final Path DOCS = Path.of("../docs/rules/json-schema.md");

  @TestFactory
  List<DynamicTest> everyRuleIsComplete() throws IOException {
    Set<JsonSchemaRule> implemented = implemented();
    String docs = Files.readString(DOCS);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonSchemaRule rule : JsonSchemaRule.values()) {
      tests.add(DynamicTest.dynamicTest(rule.id(), () -> {
        assertThat(implemented).as("a rule or the engine reports it").contains(rule);
        assertThat(rule.template()).as("message template").contains("{subject}");
        String message = rule.message("property `amount`",
            Map.of("old", "a", "new", "b", "name", "`n`"));
        assertThat(message).as("message fills every placeholder").doesNotContain("{")
            .endsWith(".");
        assertThat(docs).as("docs entry").contains("### `" + rule.id() + "`");
        assertThat(fixturesShowing(rule)).as("fixtures under " + rule.id()).isPositive();
      }));
    }
    return tests;
  }

  @Test
  void fixtureDirectoriesAreRuleIds() {
    Set<String> ids = new HashSet<>();
    for (JsonSchemaRule rule : JsonSchemaRule.values()) {
      ids.add(rule.id());
    }
    for (Path directory : RuleFixturesTest.list(RuleFixturesTest.FIXTURES)) {
      assertThat(ids).as("fixture directory " + directory.getFileName())
          .contains(directory.getFileName().toString());
    }
  }

  @Test
  void descriptorsAreTheCatalogue() {
    List<RuleDescriptor> rules = new JsonSchemaFormat().rules();
    assertThat(rules).hasSize(JsonSchemaRule.values().length);
    assertThat(rules).extracting(RuleDescriptor::id).doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("json."));
    assertThat(rules).noneMatch(RuleDescriptor::isRetired);
  }

  @Test
  void formatIsFoundByServiceLoader() {
    List<SchemaFormat> formats = new ArrayList<>();
    ServiceLoader.load(SchemaFormat.class).forEach(formats::add);
    assertThat(formats).filteredOn(f -> f.id().equals("json-schema")).singleElement()
        .satisfies(format -> {
          assertThat(format.rulePrefix()).isEqualTo("json");
          assertThat(format.fileExtensions()).contains(".json", ".schema.yaml");
        });
  }

  private static Set<JsonSchemaRule> implemented() {
    Set<JsonSchemaRule> rules = EnumSet.noneOf(JsonSchemaRule.class);
    for (LocationRule rule : JsonSchemaRules.LOCATION) {
      rules.addAll(rule.reports());
    }
    for (PairRule rule : JsonSchemaRules.PAIR) {
      rules.addAll(rule.reports());
    }
    rules.addAll(JsonSchemaRules.ENGINE);
    return rules;
  }

  private static long fixturesShowing(JsonSchemaRule rule) throws IOException {
    Path directory = RuleFixturesTest.FIXTURES.resolve(rule.id());
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    long count = 0;
    for (Path fixture : RuleFixturesTest.list(directory)) {
      JsonNode expected = new YAMLMapper().readTree(fixture.resolve("expected.yaml").toFile());
      for (JsonNode finding : expected.get("findings")) {
        count += finding.get("rule").asText().equals(rule.id()) ? 1 : 0;
      }
    }
    return count;
  }
}

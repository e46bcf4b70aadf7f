package dev.treaty.avro.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.avro.AvroFormat;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.rules.AvroRule;
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
 * The catalogue is complete: every rule id has a rule or engine part that reports it, a message
 * template, an entry in docs/rules/avro.md and at least one fixture that shows it; and nothing
 * exists outside the catalogue (a fixture directory, a reported rule).
 *
 * <p>One exception, written down: {@code avro.resolution.incompatible} is the guard that reports
 * what Avro's own checker finds and no rule explains. A fixture for it would be a schema pair on
 * which Treaty's rules have a gap, so it has none; {@code CheckerGuardTest} makes the guard fire by
 * leaving rules out, and the fixtures and the conformance corpus assert it never fires with the
 * full rule set.
 */
class RuleCatalogueTest {

  private static final Path DOCS = Path.of("../docs/rules/avro.md");
  private static final Set<AvroRule> WITHOUT_FIXTURE = EnumSet.of(AvroRule.RESOLUTION_INCOMPATIBLE);

  @TestFactory
  List<DynamicTest> everyRuleIsComplete() throws IOException {
    Set<AvroRule> implemented = implemented();
    String docs = Files.readString(DOCS);
    List<DynamicTest> tests = new ArrayList<>();
    for (AvroRule rule : AvroRule.values()) {
      tests.add(DynamicTest.dynamicTest(rule.id(), () -> {
        assertThat(implemented).as("a rule or the engine reports it").contains(rule);
        assertThat(rule.template()).as("message template").contains("{subject}");
        String message = rule.message("field `amount`",
            Map.of("old", "a", "new", "b", "name", "`n`", "detail", "; d"));
        assertThat(message).as("message fills every placeholder").doesNotContain("{")
            .endsWith(".");
        assertThat(docs).as("docs entry").contains("### `" + rule.id() + "`");
        if (!WITHOUT_FIXTURE.contains(rule)) {
          assertThat(fixturesShowing(rule)).as("fixtures under " + rule.id()).isPositive();
        }
      }));
    }
    return tests;
  }

  @Test
  void fixtureDirectoriesAreRuleIds() {
    Set<String> ids = new HashSet<>();
    for (AvroRule rule : AvroRule.values()) {
      ids.add(rule.id());
    }
    for (Path directory : RuleFixturesTest.list(RuleFixturesTest.FIXTURES)) {
      assertThat(ids).as("fixture directory " + directory.getFileName())
          .contains(directory.getFileName().toString());
    }
  }

  @Test
  void descriptorsAreTheCatalogue() {
    List<RuleDescriptor> rules = new AvroFormat().rules();
    assertThat(rules).hasSize(AvroRule.values().length);
    assertThat(rules).extracting(RuleDescriptor::id).doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("avro."));
    assertThat(rules).noneMatch(RuleDescriptor::isRetired);
  }

  @Test
  void docsListNoRuleThatDoesNotExist() throws IOException {
    Set<String> ids = new HashSet<>();
    for (AvroRule rule : AvroRule.values()) {
      ids.add(rule.id());
    }
    for (String line : Files.readAllLines(DOCS)) {
      if (line.startsWith("### `avro.")) {
        assertThat(ids).contains(line.substring(5, line.indexOf('`', 5)));
      }
    }
  }

  @Test
  void formatIsFoundByServiceLoader() {
    List<SchemaFormat> formats = new ArrayList<>();
    ServiceLoader.load(SchemaFormat.class).forEach(formats::add);
    assertThat(formats).filteredOn(f -> f.id().equals("avro")).singleElement()
        .satisfies(format -> {
          assertThat(format.rulePrefix()).isEqualTo("avro");
          assertThat(format.fileExtensions()).containsExactly(".avsc");
          assertThat(format).isInstanceOf(AvroFormat.class);
        });
  }

  private static Set<AvroRule> implemented() {
    Set<AvroRule> rules = EnumSet.noneOf(AvroRule.class);
    for (PairRule rule : AvroEvolution.RULES) {
      rules.addAll(rule.reports());
    }
    rules.addAll(AvroEvolution.ENGINE);
    return rules;
  }

  private static long fixturesShowing(AvroRule rule) throws IOException {
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

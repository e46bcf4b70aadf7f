package dev.treaty.protobuf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.model.RuleDescriptor;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.rules.BufCategory;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import dev.treaty.spi.SchemaFormat;
import dev.treaty.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue is complete: every rule id has a rule that reports it, a message template, an
 * entry in docs/rules/protobuf.md and a fixture that shows it; its buf rules are those of the
 * conformance mapping, and its categories are exactly the categories buf gives them. Nothing
 * exists outside the catalogue.
 */
class RuleCatalogueTest {

  private static final Path DOCS = Path.of("../docs/rules/protobuf.md");

  @TestFactory
  List<DynamicTest> everyRuleIsComplete() throws IOException {
    Set<ProtobufRule> implemented = implemented();
    String docs = Files.readString(DOCS);
    Map<String, Set<String>> bufCategories = bufCategories();
    Map<String, List<String>> mapping = mapping();
    List<DynamicTest> tests = new ArrayList<>();
    for (ProtobufRule rule : ProtobufRule.values()) {
      tests.add(DynamicTest.dynamicTest(rule.id(), () -> {
        assertThat(implemented).as("a rule reports it").contains(rule);
        assertThat(rule.template()).as("message template").contains("{subject}");
        String message = rule.message("field `amount` (2) of message `acme.Order`",
            Map.of("old", "a", "new", "b", "name", "`n`"));
        assertThat(message).as("message fills every placeholder").doesNotContain("{")
            .endsWith(".");
        assertThat(docs).as("docs entry").contains("### `" + rule.id() + "`");
        assertThat(fixturesShowing(rule)).as("fixtures under " + rule.id()).isPositive();
        assertThat(mapping.get(rule.id())).as("conformance mapping of " + rule.id())
            .isEqualTo(rule.bufRules());
        Set<String> expected = new TreeSet<>();
        for (String bufRule : rule.bufRules()) {
          assertThat(bufCategories).as("buf knows " + bufRule).containsKey(bufRule);
          expected.addAll(bufCategories.get(bufRule));
        }
        Set<String> actual = new TreeSet<>();
        rule.categories().forEach(c -> actual.add(c.name()));
        assertThat(actual).as("categories of " + rule.id() + ", as buf's rules have them")
            .isEqualTo(expected);
      }));
    }
    return tests;
  }

  @Test
  void fixtureDirectoriesAreRuleIds() {
    Set<String> ids = new HashSet<>();
    for (ProtobufRule rule : ProtobufRule.values()) {
      ids.add(rule.id());
    }
    for (Path directory : RuleFixturesTest.list(RuleFixturesTest.FIXTURES)) {
      assertThat(ids).as("fixture directory " + directory.getFileName())
          .contains(directory.getFileName().toString());
    }
  }

  @Test
  void descriptorsAreTheCatalogue() {
    List<RuleDescriptor> rules = new ProtobufFormat().rules();
    assertThat(rules).hasSize(ProtobufRule.values().length);
    assertThat(rules).extracting(RuleDescriptor::id).doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("protobuf."));
    assertThat(rules).noneMatch(RuleDescriptor::isRetired);
  }

  @Test
  void everyCategorySelectsRules() {
    for (BufCategory category : BufCategory.values()) {
      assertThat(ProtobufRule.inCategory(category)).as(category.name()).isNotEmpty();
    }
    // Stricter categories include the laxer ones' rules, as in buf.
    assertThat(ProtobufRule.inCategory(BufCategory.WIRE_JSON))
        .containsAll(ProtobufRule.inCategory(BufCategory.WIRE));
  }

  @Test
  void formatIsFoundByServiceLoader() {
    List<SchemaFormat> formats = new ArrayList<>();
    ServiceLoader.load(SchemaFormat.class).forEach(formats::add);
    assertThat(formats).filteredOn(f -> f.id().equals("protobuf")).singleElement()
        .satisfies(format -> {
          assertThat(format.rulePrefix()).isEqualTo("protobuf");
          assertThat(format.fileExtensions())
              .containsExactlyInAnyOrder(".binpb", ".desc", ".pb", ".proto");
        });
  }

  private static Set<ProtobufRule> implemented() {
    Set<ProtobufRule> rules = EnumSet.noneOf(ProtobufRule.class);
    List<List<? extends PairRule<?>>> all = List.of(ProtobufRules.ALL.versions(),
        ProtobufRules.ALL.files(), ProtobufRules.ALL.messages(), ProtobufRules.ALL.fields(),
        ProtobufRules.ALL.enums());
    for (List<? extends PairRule<?>> kind : all) {
      for (PairRule<?> rule : kind) {
        rules.addAll(rule.reports());
      }
    }
    return rules;
  }

  private static long fixturesShowing(ProtobufRule rule) throws IOException {
    Path directory = RuleFixturesTest.FIXTURES.resolve(rule.id());
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    long count = 0;
    for (Path fixture : RuleFixturesTest.list(directory)) {
      for (JsonNode finding : RuleFixturesTest.expectation(fixture).get("findings")) {
        count += finding.get("rule").asText().equals(rule.id()) ? 1 : 0;
      }
    }
    return count;
  }

  private static Map<String, List<String>> mapping() throws IOException {
    JsonNode root = new YAMLMapper().readTree(Path.of(
        "src/test/resources/protobuf/buf-rule-mapping.yaml").toFile()).get("mapping");
    Map<String, List<String>> mapping = new HashMap<>();
    root.properties().forEach(entry -> {
      List<String> rules = new ArrayList<>();
      entry.getValue().forEach(rule -> rules.add(rule.asText()));
      mapping.put(entry.getKey(), rules);
    });
    return mapping;
  }

  /** buf's v2 rule table, without CSR (buf's Confluent Schema Registry grouping). */
  private static Map<String, Set<String>> bufCategories() throws IOException {
    Map<String, Set<String>> table = new HashMap<>();
    List<String> lines = Files.readAllLines(Corpus.resolve(
        "protobuf/buf/DERIVED_breaking_rules_v2.txt"));
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.split(" {2,}");
      Set<String> categories = new TreeSet<>();
      for (String category : columns[1].split(", ")) {
        if (!category.strip().equals("CSR")) {
          categories.add(category.strip());
        }
      }
      table.put(columns[0], categories);
    }
    return table;
  }
}

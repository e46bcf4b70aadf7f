package dev.treaty.internal.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture: {@code jsonschema/rules/<rule-id>/<case>/{old.json, new.json,
 * expected.yaml}}. The findings must be exactly the expected ones (rule, path, classification
 * per direction, and the message where given), and the case run reversed must swap the verdicts:
 * what breaks backward from old to new breaks forward from new to old.
 */
class RuleFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/jsonschema/rules");

  @TestFactory
  Stream<DynamicContainer> fixtures() throws IOException {
    List<DynamicContainer> rules = new ArrayList<>();
    for (Path rule : list(FIXTURES)) {
      List<DynamicTest> tests = new ArrayList<>();
      for (Path fixture : list(rule)) {
        String name = rule.getFileName() + "/" + fixture.getFileName();
        tests.add(DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> expected(fixture, name)));
        tests.add(DynamicTest.dynamicTest(fixture.getFileName() + " reversed", () -> reversed(fixture)));
      }
      rules.add(DynamicContainer.dynamicContainer(rule.getFileName().toString(), tests));
    }
    return rules.stream();
  }

  private static void expected(Path fixture, String name) throws IOException {
    JsonNode expected = new YAMLMapper().readTree(fixture.resolve("expected.yaml").toFile());
    List<Finding> findings = compare(fixture, false);
    List<String> actual = new ArrayList<>();
    for (Finding finding : findings) {
      actual.add(describe(finding.ruleId(), finding.path().toString(), finding.backward().name(),
          finding.forward().name()));
    }
    List<String> wanted = new ArrayList<>();
    for (JsonNode entry : expected.get("findings")) {
      wanted.add(describe(entry.get("rule").asText(), entry.get("path").asText(),
          entry.get("backward").asText(), entry.get("forward").asText()));
    }
    assertThat(actual).as(name).containsExactlyInAnyOrderElementsOf(wanted);
    assertThat(findings).as(name + " sorted and without duplicates").isSorted()
        .doesNotHaveDuplicates();
    for (JsonNode entry : expected.get("findings")) {
      if (entry.has("message")) {
        assertThat(findings).as(name + " message of " + entry.get("rule").asText())
            .anyMatch(f -> f.ruleId().equals(entry.get("rule").asText())
                && f.path().toString().equals(entry.get("path").asText())
                && f.message().equals(entry.get("message").asText()));
      }
    }
  }

  private static void reversed(Path fixture) throws IOException {
    List<Finding> forward = compare(fixture, false);
    List<Finding> backward = compare(fixture, true);
    assertThat(JsonSchemas.verdict(backward, true)).as("backward of new to old")
        .isEqualTo(JsonSchemas.verdict(forward, false));
    assertThat(JsonSchemas.verdict(backward, false)).as("forward of new to old")
        .isEqualTo(JsonSchemas.verdict(forward, true));
  }

  static List<Finding> compare(Path fixture, boolean reversed) throws IOException {
    JsonNode expected = new YAMLMapper().readTree(fixture.resolve("expected.yaml").toFile());
    EvolutionPolicy policy = expected.has("policy")
        ? EvolutionPolicy.parse(expected.get("policy").asText()) : EvolutionPolicy.STRICT;
    ParsedSchema older = read(fixture.resolve("old.json"));
    ParsedSchema newer = read(fixture.resolve("new.json"));
    return reversed ? JsonSchemas.FORMAT.compare(newer, older, policy)
        : JsonSchemas.FORMAT.compare(older, newer, policy);
  }

  private static ParsedSchema read(Path file) throws IOException {
    return JsonSchemas.FORMAT.parse(SourceFile.of(file.getFileName().toString(),
        Files.readAllBytes(file)), SchemaResolver.none(), null);
  }

  private static String describe(String rule, String path, String backward, String forward) {
    return rule + " at [" + path + "] backward " + backward + ", forward " + forward;
  }

  static List<Path> list(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

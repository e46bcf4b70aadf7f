package dev.treaty.avro.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.avro.AvroSchemas;
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
 * Runs every rule fixture: {@code avro/rules/<rule-id>/<case>/{old.avsc, new.avsc,
 * expected.yaml}}. The findings must be exactly the expected ones (rule, path, classification
 * per direction, and the message where given); the case run reversed must swap the verdicts
 * (what breaks backward from old to new breaks forward from new to old); and Avro's own checker
 * must never have to step in ({@code avro.resolution.incompatible}): Treaty's rules explain
 * every incompatibility Avro finds.
 */
class RuleFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/avro/rules");

  @TestFactory
  Stream<DynamicContainer> fixtures() {
    List<DynamicContainer> rules = new ArrayList<>();
    for (Path rule : list(FIXTURES)) {
      List<DynamicTest> tests = new ArrayList<>();
      for (Path fixture : list(rule)) {
        String name = rule.getFileName() + "/" + fixture.getFileName();
        tests.add(DynamicTest.dynamicTest(fixture.getFileName().toString(),
            () -> expected(fixture, name)));
        tests.add(DynamicTest.dynamicTest(fixture.getFileName() + " reversed",
            () -> reversed(fixture)));
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
    assertThat(actual).as(name + ": " + findings).containsExactlyInAnyOrderElementsOf(wanted);
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
    assertThat(AvroSchemas.verdict(backward, true)).as("backward of new to old")
        .isEqualTo(AvroSchemas.verdict(forward, false));
    assertThat(AvroSchemas.verdict(backward, false)).as("forward of new to old")
        .isEqualTo(AvroSchemas.verdict(forward, true));
    assertThat(backward).as("reversed: Avro's checker finds nothing Treaty's rules miss")
        .noneMatch(f -> f.ruleId().equals("avro.resolution.incompatible"));
  }

  static List<Finding> compare(Path fixture, boolean reversed) throws IOException {
    ParsedSchema older = read(fixture, "old.avsc");
    ParsedSchema newer = read(fixture, "new.avsc");
    return reversed ? AvroSchemas.FORMAT.compare(newer, older, EvolutionPolicy.STRICT)
        : AvroSchemas.FORMAT.compare(older, newer, EvolutionPolicy.STRICT);
  }

  static ParsedSchema read(Path fixture, String file) throws IOException {
    return AvroSchemas.FORMAT.parse(SourceFile.of(file, Files.readAllBytes(fixture.resolve(file))),
        SchemaResolver.ofDirectory(fixture), null);
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

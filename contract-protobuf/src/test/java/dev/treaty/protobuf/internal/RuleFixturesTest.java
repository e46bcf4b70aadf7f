package dev.treaty.protobuf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.spi.ParsedSchema;
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
 * Runs every rule fixture: {@code protobuf/rules/<rule-id>/<case>/{old,new}/*.proto} and
 * {@code expected.yaml}, compiled with the build's protoc and compared through the format, so
 * with the payload's scope and paths. The findings must be exactly the expected ones (rule, path,
 * classification per direction, and the message where given). Each case is also run reversed
 * (new to old), where what broke backward must break forward and the other way round, unless the
 * fixture says why the reversal means something else ({@code notReversible}).
 */
class RuleFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/protobuf/rules");

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
    JsonNode expected = expectation(fixture);
    List<Finding> findings = compare(fixture, false);
    if (Boolean.getBoolean("treaty.fixtures.print")) {
      print(name, findings);
    }
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
      if (entry.has("pointer")) {
        assertThat(findings).as(name + " pointer of " + entry.get("rule").asText())
            .anyMatch(f -> f.ruleId().equals(entry.get("rule").asText())
                && f.path().toString().equals(entry.get("path").asText())
                && entry.get("pointer").asText().equals(f.schemaPointer()));
      }
    }
  }

  private static void reversed(Path fixture) throws IOException {
    JsonNode expected = expectation(fixture);
    List<Finding> forward = compare(fixture, false);
    List<Finding> backward = compare(fixture, true);
    if (expected.has("notReversible")) {
      assertThat(expected.get("notReversible").asText()).as("why not reversible").isNotBlank();
      return;
    }
    assertThat(verdict(backward, true)).as("backward of new to old")
        .isEqualTo(verdict(forward, false));
    assertThat(verdict(backward, false)).as("forward of new to old")
        .isEqualTo(verdict(forward, true));
  }

  static List<Finding> compare(Path fixture, boolean reversed) throws IOException {
    JsonNode expected = expectation(fixture);
    String element = expected.has("element") ? expected.get("element").asText() : null;
    ParsedSchema older = TestProtoc.read(fixture.resolve("old"), element);
    ParsedSchema newer = TestProtoc.read(fixture.resolve("new"), element);
    return reversed ? TestProtoc.format().compare(newer, older, EvolutionPolicy.STRICT)
        : TestProtoc.format().compare(older, newer, EvolutionPolicy.STRICT);
  }

  static JsonNode expectation(Path fixture) throws IOException {
    return new YAMLMapper().readTree(fixture.resolve("expected.yaml").toFile());
  }

  /** The most severe classification of one direction. */
  static Classification verdict(List<Finding> findings, boolean backward) {
    Classification result = Classification.COMPATIBLE;
    for (Finding finding : findings) {
      Classification c = backward ? finding.backward() : finding.forward();
      if (c == Classification.BREAKING
          || (c == Classification.UNDECIDABLE && result == Classification.COMPATIBLE)) {
        result = c;
      }
    }
    return result;
  }

  private static void print(String name, List<Finding> findings) {
    StringBuilder out = new StringBuilder("# " + name + "\nfindings:\n");
    for (Finding f : findings) {
      out.append("  - rule: ").append(f.ruleId()).append('\n')
          .append("    path: \"").append(f.path()).append("\"\n")
          .append("    backward: ").append(f.backward()).append('\n')
          .append("    forward: ").append(f.forward()).append('\n')
          .append("    message: \"").append(f.message().replace("\"", "\\\"")).append("\"\n")
          .append("    # pointer: ").append(f.schemaPointer()).append('\n');
    }
    System.out.println(out);
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

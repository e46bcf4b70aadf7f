package dev.treaty.avro.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.avro.AvroSchemas;
import dev.treaty.model.Classification;
import dev.treaty.model.Finding;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.UnsupportedFeatureException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile schemas end in a clear error or an undecidable finding, quickly, never in a hang, a
 * stack overflow or running out of memory.
 */
@Timeout(60)
class HostileInputTest {

  /** Arrays nested {@code depth} deep around a type. */
  private static String nested(int depth, String leaf) {
    StringBuilder text = new StringBuilder();
    text.append("{\"type\":\"array\",\"items\":".repeat(depth)).append(leaf)
        .append("}".repeat(depth));
    return text.toString();
  }

  /** A union of {@code n} records, each holding the one before it. */
  private static String chain(int n, String leaf) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : ",").append("{\"type\":\"record\",\"name\":\"T").append(i)
          .append("\",\"fields\":[{\"name\":\"v\",\"type\":\"").append(leaf).append('"');
      if (i > 0) {
        text.append("},{\"name\":\"next\",\"type\":\"T").append(i - 1).append('"');
      }
      text.append("}]}");
    }
    return text.append(']').toString();
  }

  /** A union of {@code n} records, each holding the next one, defined after it. */
  private static String forwardChain(int n, String leaf) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : ",").append("{\"type\":\"record\",\"name\":\"T").append(i)
          .append("\",\"fields\":[{\"name\":\"v\",\"type\":\"").append(leaf).append('"');
      if (i < n - 1) {
        text.append("},{\"name\":\"next\",\"type\":\"T").append(i + 1).append('"');
      }
      text.append("}]}");
    }
    return text.append(']').toString();
  }

  /** Records {@code n} deep whose two fields both hold the next: 2^n paths to the leaf. */
  private static String exponential(int n, String leaf) {
    String inner = "{\"type\":\"record\",\"name\":\"D" + n + "\",\"fields\":[{\"name\":\"v\","
        + "\"type\":\"" + leaf + "\"}]}";
    for (int i = n - 1; i >= 0; i--) {
      inner = "{\"type\":\"record\",\"name\":\"D" + i + "\",\"fields\":[{\"name\":\"a\",\"type\":"
          + inner + "},{\"name\":\"b\",\"type\":\"D" + (i + 1) + "\"}]}";
    }
    return inner;
  }

  @Test
  void tenThousandNestedArraysFailAtOnceWithTheirPlace() {
    assertThatThrownBy(() -> AvroSchemas.parse("deep.avsc", nested(10_000, "\"int\"")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deep.avsc:1:12002: Document nesting depth (501) exceeds the "
            + "maximum allowed (500");
  }

  @Test
  void dataNestedDeeperThanTheComparisonLimitIsUndecidable() {
    List<Finding> findings = AvroSchemas.compare(nested(450, "\"int\""), nested(450, "\"long\""));
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo("avro.comparison.limitReached");
      assertThat(finding.backward()).isEqualTo(Classification.UNDECIDABLE);
      assertThat(finding.forward()).isEqualTo(Classification.UNDECIDABLE);
      assertThat(finding.message()).endsWith("was cut short: the data nests more than 200 levels "
          + "deep.");
    });
  }

  @Test
  void avrosParserRunningOutOfStackIsAClearError() {
    assertThatThrownBy(() -> AvroSchemas.parse("forward.avsc", forwardChain(1_900, "int")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("forward.avsc: Avro's parser runs out of stack resolving this "
            + "schema's named types");
  }

  @Test
  void theModelRefusesDataNestedTooDeeplyWithAClearMessage() {
    String deep = forwardChain(600, "int");
    assertThatThrownBy(() -> AvroSchemas.parse("chain.avsc", deep).model())
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessageStartingWith("The schema's data nests more than 500 levels deep");
  }

  @Test
  void aLongChainOfNamedTypesIsCutShortNotOverflowed() {
    long start = System.nanoTime();
    List<Finding> findings = AvroSchemas.compare(forwardChain(600, "int"),
        forwardChain(600, "long"));
    assertThat(findings).anyMatch(f -> f.ruleId().equals("avro.comparison.limitReached")
        && f.backward() == Classification.UNDECIDABLE);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void aChainReachedAlongManyPathsKeepsItsVerdictWhenItsFindingsAreFolded() {
    // each type is compared once; its changes replay under every path, up to the budget
    List<Finding> findings = AvroSchemas.compare(chain(1_000, "int"), chain(1_000, "long"));
    assertThat(findings).hasSizeLessThanOrEqualTo(1_001)
        .anyMatch(f -> f.ruleId().equals("avro.comparison.limitReached"));
    assertThat(AvroSchemas.verdict(findings, true)).isEqualTo(Classification.COMPATIBLE);
    assertThat(AvroSchemas.verdict(findings, false)).isEqualTo(Classification.BREAKING);
  }

  @Test
  void tooManyNamedTypesAreRefusedBeforeAvrosParserSlowsDown() {
    assertThatThrownBy(() -> AvroSchemas.parse("many.avsc", chain(2_500, "int")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("many.avsc: The schema defines 2500 named types; Treaty reads "
            + "schemas of at most 2000.");
  }

  @Test
  void exponentiallyManyPathsAreFoldedNotEnumerated() {
    List<Finding> findings = AvroSchemas.compare(exponential(60, "int"),
        exponential(60, "long"));
    assertThat(findings.size()).isLessThanOrEqualTo(1_001);
    assertThat(findings).anyMatch(f -> f.ruleId().equals("avro.comparison.limitReached"));
    assertThat(AvroSchemas.verdict(findings, false)).as("the folded finding keeps the break")
        .isEqualTo(Classification.BREAKING);
    assertThat(AvroSchemas.parse("dag.avsc", exponential(60, "int")).model().root().typeName())
        .as("named types are mapped once and shared").isEqualTo("record");
  }

  @Test
  void recursiveTypesTerminate() {
    String list = """
        {"type": "record", "name": "Node", "fields": [
          {"name": "value", "type": "%s"},
          {"name": "next", "type": ["null", "Node"], "default": null},
          {"name": "children", "type": {"type": "array", "items": "Node"}}]}""";
    List<Finding> findings = AvroSchemas.compare(list.formatted("int"), list.formatted("long"));
    assertThat(findings).extracting(Finding::ruleId).containsExactly("avro.type.widened");
    assertThat(findings.get(0).path().toString()).isEqualTo("value");
  }

  @Test
  void tooLargeFilesAreRefused() {
    String huge = "\"" + "x".repeat(17 * 1024 * 1024) + "\"";
    assertThatThrownBy(() -> AvroSchemas.parse("huge.avsc", huge))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Treaty reads schema files up to 16777216 bytes");
  }
}

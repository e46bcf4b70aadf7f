package dev.treaty.internal.jsonschema.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.treaty.internal.jsonschema.JsonSchemas;
import dev.treaty.model.Classification;
import dev.treaty.model.Finding;
import dev.treaty.spi.ParsedSchema;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a comparison blow up (wide unions, long and diamond-shaped reference
 * chains, recursion, many properties) end fast, with a sound answer: "undecidable" where a limit
 * is hit, never a hang, a stack overflow, or a guessed "compatible".
 */
class HostileComparisonTest {

  private static final Duration FAST = Duration.ofSeconds(20);

  private static List<Finding> compare(String older, String newer) {
    return assertTimeoutPreemptively(FAST, () -> JsonSchemas.compare(older, newer));
  }

  @Test
  void wideDiscriminatedOneOfWithOneChangedBranch() {
    String older = discriminated(200, -1);
    String newer = discriminated(200, 117);
    List<Finding> findings = compare(older, newer);
    assertThat(findings).extracting(f -> f.ruleId() + " " + f.path())
        .containsExactly("json.string.maxLengthDecreased <Branch117>.value");
    assertThat(JsonSchemas.verdict(findings, true)).isEqualTo(Classification.BREAKING);
  }

  @Test
  void unionBeyondTheLimitIsUndecidableNotGuessed() {
    StringBuilder older = new StringBuilder("{\"anyOf\": [");
    StringBuilder newer = new StringBuilder("{\"anyOf\": [");
    for (int i = 0; i < 300; i++) {
      older.append(i == 0 ? "" : ",").append("{\"const\": ").append(i).append('}');
      newer.append(i == 0 ? "" : ",").append("{\"const\": ").append(i + 1).append('}');
    }
    List<Finding> findings = compare(older + "]}", newer + "]}");
    assertThat(findings).extracting(Finding::ruleId).containsExactly("json.comparison.limitReached");
    assertThat(JsonSchemas.verdict(findings, true)).isEqualTo(Classification.UNDECIDABLE);
    assertThat(compare(older + "]}", older + "]}")).as("unchanged, however wide").isEmpty();
  }

  @Test
  void longChainOfDefinitionsStopsAtTheDepthLimit() {
    String older = chain(5_000, "string");
    String newer = chain(5_000, "number");
    List<Finding> findings = compare(older, newer);
    assertThat(findings).extracting(Finding::ruleId).containsExactly("json.comparison.limitReached");
    assertThat(JsonSchemas.verdict(findings, false)).isEqualTo(Classification.UNDECIDABLE);
    ParsedSchema parsed = JsonSchemas.parse("chain.json", older);
    assertThat(parsed.model().root().typeName()).isEqualTo("record");
  }

  @Test
  void diamondOfReferencesDoesNotMultiplyWithoutBound() {
    List<Finding> findings = compare(diamond(30, "string"), diamond(30, "number"));
    assertThat(findings.size()).isLessThanOrEqualTo(Comparison.MAX_CHANGES + 1);
    assertThat(JsonSchemas.verdict(findings, true)).isEqualTo(Classification.BREAKING);
    assertThat(JsonSchemas.verdict(findings, false)).isEqualTo(Classification.BREAKING);
  }

  @Test
  void recursiveSchemasTerminateAndReportTheChangeOnce() {
    String older = "{\"$ref\": \"#/$defs/Node\", \"$defs\": {\"Node\": {\"type\": \"object\","
        + " \"properties\": {\"value\": {\"type\": \"string\"}, \"children\": {\"type\": \"array\","
        + " \"items\": {\"$ref\": \"#/$defs/Node\"}}}}}}";
    String newer = older.replace("\"value\": {\"type\": \"string\"}",
        "\"value\": {\"type\": \"string\", \"maxLength\": 3}");
    List<Finding> findings = compare(older, newer);
    assertThat(findings).extracting(f -> f.ruleId() + " " + f.path())
        .containsExactly("json.string.maxLengthDecreased value");
  }

  @Test
  void manyPropertiesCompareQuickly() {
    StringBuilder older = new StringBuilder("{\"type\": \"object\", \"properties\": {");
    for (int i = 0; i < 10_000; i++) {
      older.append(i == 0 ? "" : ",").append("\"p").append(i).append("\": {\"type\": \"string\"}");
    }
    String base = older.append("}}").toString();
    String newer = base.replace("\"p9999\": {\"type\": \"string\"}", "\"p9999\": {\"type\": \"integer\"}");
    assertThat(compare(base, newer)).extracting(f -> f.ruleId() + " " + f.path())
        .containsExactly("json.type.changed p9999");
  }

  @Test
  void paradoxicalSchemaIsUndecidable() {
    String older = "{\"type\": \"string\"}";
    String newer = "{\"not\": {\"$ref\": \"#\"}}";
    List<Finding> findings = compare(older, newer);
    assertThat(JsonSchemas.verdict(findings, true)).isNotEqualTo(Classification.COMPATIBLE);
  }

  @Test
  void resultsAreDeterministic() {
    String older = discriminated(40, -1);
    String newer = discriminated(40, 7).replace("\"Branch3\"", "\"Renamed3\"");
    assertThat(compare(older, newer)).isEqualTo(compare(older, newer));
  }

  private static String discriminated(int branches, int changed) {
    StringBuilder out = new StringBuilder("{\"oneOf\": [");
    for (int i = 0; i < branches; i++) {
      out.append(i == 0 ? "" : ",").append("{\"title\": \"Branch").append(i)
          .append("\", \"type\": \"object\", \"required\": [\"kind\"], \"properties\": {")
          .append("\"kind\": {\"const\": \"k").append(i).append("\"}, \"value\": {\"type\": \"string\"")
          .append(i == changed ? ", \"maxLength\": 3" : "").append("}}}");
    }
    return out.append("]}").toString();
  }

  private static String chain(int length, String leaf) {
    StringBuilder defs = new StringBuilder();
    for (int i = 0; i < length; i++) {
      defs.append(i == 0 ? "" : ",").append("\"d").append(i).append("\": {\"type\": \"object\",")
          .append(" \"properties\": {\"next\": {\"$ref\": \"#/$defs/d").append(i + 1)
          .append("\"}}}");
    }
    defs.append(",\"d").append(length).append("\": {\"type\": \"").append(leaf).append("\"}");
    return "{\"$ref\": \"#/$defs/d0\", \"$defs\": {" + defs + "}}";
  }

  private static String diamond(int levels, String leaf) {
    StringBuilder defs = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      defs.append(i == 0 ? "" : ",").append("\"d").append(i).append("\": {\"type\": \"object\",")
          .append(" \"properties\": {\"left\": {\"$ref\": \"#/$defs/d").append(i + 1)
          .append("\"}, \"right\": {\"$ref\": \"#/$defs/d").append(i + 1).append("\"}}}");
    }
    defs.append(",\"d").append(levels).append("\": {\"type\": \"").append(leaf).append("\"}");
    return "{\"$ref\": \"#/$defs/d0\", \"$defs\": {" + defs + "}}";
  }
}

package dev.treaty.avro.internal.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.avro.internal.AvroEvolution;
import dev.treaty.model.Classification;
import dev.treaty.model.Finding;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The guard reports what Avro's own checker finds when no rule does. With the full rule set it
 * never has to (the fixtures and the corpus assert that); here rules are left out to make it
 * speak, in each direction.
 */
class CheckerGuardTest {

  private static final Schema OLD = new Schema.Parser().parse("""
      {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}""");
  private static final Schema NEW = new Schema.Parser().parse("""
      {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"},
        {"name": "email", "type": "string"}]}""");

  @Test
  void reportsAvrosIncompatibilityWhenNoRuleDoes() {
    List<Finding> findings = AvroEvolution.compare(OLD, NEW, n -> null, n -> null, List.of());
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo("avro.resolution.incompatible");
      assertThat(finding.backward()).isEqualTo(Classification.BREAKING);
      assertThat(finding.forward()).isEqualTo(Classification.COMPATIBLE);
      assertThat(finding.message()).isEqualTo("Avro's checker finds that the payload does not "
          + "resolve: new readers reading old data: READER_FIELD_MISSING_DEFAULT_VALUE at "
          + "/fields/1 (email).");
    });
  }

  @Test
  void speaksForEachDirectionSeparately() {
    List<Finding> findings = AvroEvolution.compare(NEW, OLD, n -> null, n -> null, List.of());
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.backward()).isEqualTo(Classification.COMPATIBLE);
      assertThat(finding.forward()).isEqualTo(Classification.BREAKING);
    });
  }

  @Test
  void staysSilentWhenARuleExplainsTheBreak() {
    List<Finding> findings = AvroEvolution.compare(OLD, NEW, n -> null, n -> null,
        AvroEvolution.RULES);
    assertThat(findings).extracting(Finding::ruleId)
        .containsExactly("avro.field.addedWithoutDefault");
  }

  @Test
  void staysSilentWhenAvroFindsNothing() {
    assertThat(AvroEvolution.compare(OLD, OLD, n -> null, n -> null, List.of())).isEmpty();
  }
}

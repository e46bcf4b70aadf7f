package dev.treaty.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.Treaty;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.EvolutionResult;
import dev.treaty.model.Finding;
import dev.treaty.model.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format as applications meet it: found by Treaty's facade on the class path, chosen by the
 * {@code .avsc} ending, resolving a named type from a file beside the schema, and judged by mode.
 */
class TreatyFacadeTest {

  @TempDir
  Path directory;

  @Test
  void treatyFindsTheFormatAndComparesAvscFiles() throws IOException {
    Treaty treaty = Treaty.create();
    assertThat(treaty.formats()).anyMatch(f -> f.id().equals("avro"));
    assertThat(treaty.rules()).extracting(RuleDescriptor::id)
        .contains("avro.field.addedWithoutDefault", "avro.type.lossyPromotion");

    Files.createDirectories(directory.resolve("v1"));
    Files.createDirectories(directory.resolve("v2"));
    String money = """
        {"type": "record", "name": "Money", "namespace": "shop",
         "fields": [{"name": "cents", "type": "long"},
                    {"name": "currency", "type": "string", "default": "EUR"}]}""";
    Files.writeString(directory.resolve("v1/Money.avsc"), money);
    Files.writeString(directory.resolve("v2/Money.avsc"), money);
    Files.writeString(directory.resolve("v1/order.avsc"), """
        {"type": "record", "name": "Order", "namespace": "shop", "fields": [
          {"name": "id", "type": "string"},
          {"name": "total", "type": "Money"},
          {"name": "placedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}}]}""");
    Files.writeString(directory.resolve("v2/order.avsc"), """
        {"type": "record", "name": "Order", "namespace": "shop", "fields": [
          {"name": "id", "type": "string"},
          {"name": "total", "type": "Money"},
          {"name": "placedAt", "type": {"type": "long", "logicalType": "timestamp-micros"}},
          {"name": "channel", "type": "string", "default": "web"}]}""");

    EvolutionResult result = treaty.compareSchemas(directory.resolve("v1/order.avsc"),
        directory.resolve("v2/order.avsc"), EvolutionPolicy.STRICT);

    assertThat(result.failing()).extracting(Finding::ruleId)
        .containsExactly("avro.logicalType.changed");
    assertThat(result.failing().get(0).path().toString()).isEqualTo("placedAt");
    assertThat(result.verdicts()).containsEntry(CompatibilityMode.BACKWARD, false)
        .containsEntry(CompatibilityMode.FORWARD, false)
        .containsEntry(CompatibilityMode.NONE, true);
    assertThat(result.comparisons().get(0).findings()).extracting(Finding::ruleId)
        .containsExactly("avro.field.addedWithDefault", "avro.logicalType.changed");
  }
}

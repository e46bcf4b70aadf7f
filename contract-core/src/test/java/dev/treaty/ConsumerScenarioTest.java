package dev.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.treaty.model.Expectation;
import dev.treaty.model.Finding;
import dev.treaty.model.VerificationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One producer with a real JSON Schema, two consumers — one written with the DSL, one derived from
 * the class it reads into through a real ObjectMapper — and two changes: one passes, one fails
 * with exact messages naming the consumer and the field.
 */
class ConsumerScenarioTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final String STATUS = "\"status\": {\"enum\": [%s]}";

  @TempDir Path project;

  private final Treaty treaty = Treaty.create();

  /** What billing reads: unknown fields are an error, as Jackson does by default. */
  record Invoice(String orderId, BigDecimal total, String currency) {}

  /** The same, tolerant of fields billing does not know. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TolerantInvoice(String orderId, BigDecimal total, String currency) {}

  private LoadedContract version(String version, String statuses, String extraProperty) throws IOException {
    Path dir = Files.createDirectories(project.resolve(version));
    Files.writeString(dir.resolve("order.schema.json"), """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "required": ["orderId", "status", "total", "currency"],
          "properties": {
            "orderId": {"type": "string"},
            %s,
            "total": {"type": "number", "minimum": 0},
            "currency": {"type": "string", "minLength": 3, "maxLength": 3}%s
          }
        }
        """.formatted(STATUS.formatted(statuses), extraProperty));
    Files.writeString(dir.resolve("orders.odcs.yaml"), """
        apiVersion: v3.1.0
        kind: DataContract
        id: payments.orders
        version: %s
        status: active
        customProperties:
          - {property: treaty.schema, value: order.schema.json}
        """.formatted(version));
    return treaty.loadContract(dir.resolve("orders.odcs.yaml"), project);
  }

  private static Expectation fraudScoring() {
    return Expectation.builder("fraud-scoring", "payments.orders")
        .field("orderId", "string")
        .field("status", f -> f.type("string").values("PLACED", "CANCELLED"))
        .field("total", f -> f.type("number").minimum(0))
        .build();
  }

  @Test
  void aChangeNoConsumerMindsPassesAndAChangeOneConsumerCannotReadFailsNamingIt() throws IOException {
    LoadedContract v1 = version("1.0.0", "\"PLACED\", \"CANCELLED\"", "");
    Expectation billing = Treaty.deriveExpectation(TolerantInvoice.class, JsonMapper.builder().build(),
        "billing", "payments.orders").build();
    List<Expectation> consumers = List.of(fraudScoring(), billing);
    assertThat(treaty.checkExpectation(billing, v1)).isEmpty();
    assertThat(treaty.checkExpectation(fraudScoring(), v1)).isEmpty();

    LoadedContract v2 = version("1.1.0", "\"PLACED\", \"CANCELLED\"", ",\n\"channel\": {\"type\": \"string\"}");
    VerificationReport pass = treaty.verification(v2).withEarlierVersions(List.of(v1))
        .withExpectations(consumers).withToday(TODAY).run();
    assertThat(pass.passes()).isTrue();
    assertThat(treaty.consoleReport(pass)).extracting(l -> l.text()).containsExactly(
        "Fields no registered consumer reads (safe to change for them): channel",
        "payments.orders 1.0.0 -> 1.1.0: compatible under BACKWARD; no registered consumer broken "
            + "(2 consumers checked)");

    LoadedContract v3 = version("1.2.0", "\"PLACED\", \"CANCELLED\", \"REFUNDED\"", ",\n\"channel\": {\"type\": \"string\"}");
    VerificationReport fail = treaty.verification(v3).withEarlierVersions(List.of(v1, v2))
        .withExpectations(consumers).withToday(TODAY).run();
    assertThat(fail.passes()).isFalse();
    assertThat(fail.evolutionFailures()).isEmpty(); // adding an enum value is backward compatible
    assertThat(fail.brokenConsumers()).containsExactly("fraud-scoring");
    assertThat(fail.consumerFailures()).extracting(Finding::message).containsExactly(
        "Consumer `fraud-scoring` rejects unknown values of `status`, but the schema allows REFUNDED.");
  }

  @Test
  void aConsumerThatRejectsUnknownFieldsBreaksWhenAFieldIsAdded() throws IOException {
    LoadedContract v1 = version("1.0.0", "\"PLACED\"", "");
    Expectation strictBilling = Treaty.deriveExpectation(Invoice.class, JsonMapper.builder().build(),
        "billing", "payments.orders").build();
    assertThat(treaty.checkExpectation(strictBilling, v1)).extracting(Finding::ruleId)
        .containsExactly("expectation.field.added"); // billing never declared `status`
    LoadedContract v2 = version("1.1.0", "\"PLACED\"", ",\n\"channel\": {\"type\": \"string\"}");
    VerificationReport report = treaty.verification(v2).withEarlierVersions(List.of(v1))
        .withExpectations(List.of(strictBilling)).withToday(TODAY).run();
    assertThat(report.consumerFailures()).extracting(Finding::message).containsExactly(
        "Consumer `billing` rejects unknown fields in `(root)`, but the schema declares `channel`, "
            + "which it does not read.");
    assertThat(report.consumers().get(0).alreadyUnmet()).extracting(f -> f.path().toString())
        .containsExactly("status");
  }
}

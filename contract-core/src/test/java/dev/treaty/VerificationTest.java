package dev.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.AcceptedChange;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.ConsumerResult;
import dev.treaty.model.Expectation;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.SourceFile;
import dev.treaty.model.VerificationReport;
import dev.treaty.testing.FakeFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A producer, its versions and two consumers, verified end to end through the facade. */
class VerificationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @TempDir Path project;

  private final Treaty treaty = Treaty.withFormats(List.of(new FakeFormat()));

  private LoadedContract version(String version, String mode, String schema) throws IOException {
    Path dir = Files.createDirectories(project.resolve("v" + version));
    Files.writeString(dir.resolve("orders.fake"), schema);
    Files.writeString(dir.resolve("orders.odcs.yaml"), """
        apiVersion: v3.1.0
        kind: DataContract
        id: payments.orders
        version: %s
        status: active
        schema:
          - name: Order
            physicalType: topic
        customProperties:
          - {property: treaty.schema, value: orders.fake}
          - {property: treaty.compatibility, value: %s}
        """.formatted(version, mode));
    return treaty.loadContract(dir.resolve("orders.odcs.yaml"), project);
  }

  private Expectation expectation(String consumer, String fields) {
    return treaty.readExpectation(SourceFile.ofText(consumer + ".yaml", """
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: %s
        contract: payments.orders
        fields:
        %s
        """.formatted(consumer, fields.indent(2))));
  }

  @Test
  void aCompatibleChangePassesAndABreakingOneNamesTheConsumerAndField() throws IOException {
    LoadedContract v1 = version("1.0.0", "BACKWARD", "id: {type: string}\namount: {type: double}\nnote: {type: string}\n");
    Expectation billing = expectation("billing", "- {path: amount, type: double}");
    Expectation fraud = expectation("fraud-scoring", "- {path: id, type: string}\n- {path: amount, type: double}");

    // Removing a field nobody reads passes, whatever consumers there are.
    LoadedContract v2 = version("1.1.0", "BACKWARD", "id: {type: string}\namount: {type: double}\n");
    VerificationReport pass = treaty.verification(v2).withEarlierVersions(List.of(v1))
        .withExpectations(List.of(billing, fraud)).withToday(TODAY).run();
    assertThat(pass.passes()).isTrue();
    assertThat(pass.evolution().comparisons()).singleElement().satisfies(c -> {
      assertThat(c.previousVersion()).isEqualTo("1.0.0");
      assertThat(c.findings()).extracting(Finding::ruleId).containsExactly("fake.field.removed");
    });
    assertThat(pass.impact().readers()).containsEntry(FieldPath.parse("amount"), List.of("billing", "fraud-scoring"));
    assertThat(pass.impact().unread()).isEmpty();

    // Changing a field two consumers read fails and names both.
    LoadedContract v3 = version("1.2.0", "NONE", "id: {type: string}\namount: {type: string}\n");
    VerificationReport fail = treaty.verification(v3).withEarlierVersions(List.of(v1, v2))
        .withExpectations(List.of(billing, fraud)).withToday(TODAY).run();
    assertThat(fail.passes()).isFalse();
    assertThat(fail.evolutionFailures()).isEmpty(); // mode NONE: the producer's own policy allows it
    assertThat(fail.brokenConsumers()).containsExactly("billing", "fraud-scoring");
    assertThat(fail.consumerFailures()).extracting(Finding::message).containsExactly(
        "Consumer `billing` reads `amount` as double, but the schema makes it string.",
        "Consumer `fraud-scoring` reads `amount` as double, but the schema makes it string.");
    assertThat(treaty.acceptanceEntry(fail.consumerFailures().get(0))).isEqualTo(
        "- {rule: expectation.field.typeChanged, path: amount, consumer: billing, justification: \"...\"}");
  }

  @Test
  void theModeDecidesWhetherEvolutionFindingsFailAndTransitiveModesLookAtEveryVersion() throws IOException {
    LoadedContract v1 = version("1.0.0", "BACKWARD", "id: {type: string}\n");
    LoadedContract v2 = version("1.1.0", "BACKWARD", "id: {type: string}\nnote: {type: string, required: false}\n");
    LoadedContract v3 = version("1.2.0", "BACKWARD", "id: {type: string}\nnote: {type: int64, required: false}\n");

    VerificationReport backward = treaty.verification(v3).withEarlierVersions(List.of(v2, v1))
        .withToday(TODAY).run();
    assertThat(backward.evolution().comparisons()).extracting(c -> c.previousVersion())
        .containsExactly("1.0.0", "1.1.0");
    assertThat(backward.evolutionFailures()).extracting(Finding::ruleId).containsExactly("fake.field.typeChanged");

    // Against 1.0.0 alone, adding an optional field is compatible; the latest comparison is not.
    assertThat(backward.evolution().verdicts()).containsEntry(CompatibilityMode.NONE, true)
        .containsEntry(CompatibilityMode.BACKWARD, false)
        .containsEntry(CompatibilityMode.FORWARD_TRANSITIVE, false);

    LoadedContract v4 = version("1.3.0", "FORWARD", "id: {type: string}\n");
    VerificationReport forward = treaty.verification(v4).withEarlierVersions(List.of(v1, v2, v3))
        .withToday(TODAY).run();
    assertThat(forward.passes()).isFalse();
    VerificationReport forwardFromV1Only = treaty.verification(v4).withEarlierVersions(List.of(v1))
        .withToday(TODAY).run();
    assertThat(forwardFromV1Only.passes()).isTrue();
    VerificationReport transitive = treaty.verification(v4).withEarlierVersions(List.of(v1, v2, v3))
        .withMode(CompatibilityMode.FORWARD_TRANSITIVE).withToday(TODAY).run();
    // The removal of `note`, as seen from 1.1.0 (a string) and from 1.2.0 (an int64).
    assertThat(transitive.evolutionFailures()).extracting(Finding::oldValue).containsExactly("int64", "string");
  }

  @Test
  void acceptedChangesWaiveOnlyWhatTheyMatch() throws IOException {
    LoadedContract v1 = version("1.0.0", "NONE", "id: {type: string}\namount: {type: double}\n");
    LoadedContract v2 = version("2.0.0", "NONE", "id: {type: string}\namount: {type: string}\n");
    Expectation billing = expectation("billing", "- {path: amount, type: double}");
    Expectation fraud = expectation("fraud-scoring", "- {path: amount, type: double}");
    Path file = project.resolve("contract-accepted-changes.yaml");
    Files.writeString(file, """
        accepted:
          - {rule: expectation.field.typeChanged, path: amount, consumer: billing, justification: "billing moves to strings in BILL-42"}
          - {rule: expectation.field.missing, path: id, consumer: billing, justification: "stale"}
        """);
    List<AcceptedChange> accepted = treaty.readAcceptedChanges(file);
    VerificationReport report = treaty.verification(v2).withEarlierVersions(List.of(v1))
        .withExpectations(List.of(billing, fraud)).withAcceptedChanges(accepted).withToday(TODAY).run();
    assertThat(report.brokenConsumers()).containsExactly("fraud-scoring");
    assertThat(report.accepted()).extracting(Finding::consumer).containsExactly("billing");
    assertThat(report.unusedAcceptances()).extracting(AcceptedChange::rule).containsExactly("expectation.field.missing");
  }

  @Test
  void alreadyUnmetExpectationsAreTheConsumersProblemUnlessConfigured() throws IOException {
    LoadedContract v1 = version("1.0.0", "NONE", "id: {type: string, nullable: true}\n");
    LoadedContract v2 = version("1.1.0", "NONE", "id: {type: string, nullable: true}\nnote: {type: string}\n");
    Expectation strict = expectation("strict", "- {path: id, type: string}");
    VerificationReport report = treaty.verification(v2).withEarlierVersions(List.of(v1))
        .withExpectations(List.of(strict)).withToday(TODAY).run();
    assertThat(report.passes()).isTrue();
    ConsumerResult result = report.consumers().get(0);
    assertThat(result.alreadyUnmet()).extracting(Finding::ruleId).containsExactly("expectation.field.becameNullable");
    assertThat(result.newlyBroken()).isEmpty();
    assertThat(report.impact().unread()).containsExactly(FieldPath.parse("note"));

    assertThat(treaty.verification(v2).withEarlierVersions(List.of(v1)).withExpectations(List.of(strict))
        .withFailOnUnmet(true).withToday(TODAY).run().passes()).isFalse();
  }

  @Test
  void expiredAndOutOfRangeExpectationsAreReportedNotEnforced() throws IOException {
    LoadedContract v1 = version("1.0.0", "NONE", "id: {type: string}\n");
    LoadedContract v2 = version("1.1.0", "NONE", "id: {type: int64}\n");
    Expectation expired = treaty.readExpectation(SourceFile.ofText("e.yaml", """
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: legacy
        contract: payments.orders
        expires: 2026-01-31
        fields: [{path: id, type: string}]
        """));
    Expectation otherMajor = treaty.readExpectation(SourceFile.ofText("o.yaml", """
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: next-gen
        contract: payments.orders
        versions: 2.x
        fields: [{path: id, type: string}]
        """));
    VerificationReport report = treaty.verification(v2).withEarlierVersions(List.of(v1))
        .withExpectations(List.of(expired, otherMajor)).withToday(TODAY).run();
    assertThat(report.passes()).isTrue();
    assertThat(report.consumers()).extracting(ConsumerResult::consumer, ConsumerResult::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("legacy", ConsumerResult.Status.EXPIRED),
            org.assertj.core.groups.Tuple.tuple("next-gen", ConsumerResult.Status.NOT_APPLICABLE));
    assertThat(report.consumers().get(0).newlyBroken()).isNotEmpty();
  }

  @Test
  void publishedVersionsLoadFromTheirStoredFilesAlone() throws IOException {
    Files.createDirectories(project.resolve("shared"));
    Files.writeString(project.resolve("shared/common.fake"), "tenant: {type: string}\n");
    LoadedContract v1 = version("1.0.0", "BACKWARD", "id: {type: string}\ninclude: ../shared/common.fake\n");
    assertThat(v1.files()).extracting(SourceFile::location)
        .containsExactly("v1.0.0/orders.odcs.yaml", "v1.0.0/orders.fake", "shared/common.fake");
    LoadedContract reloaded = treaty.loadContract(v1.toPublished());
    assertThat(reloaded.schemas().get("Order").model()).isEqualTo(v1.schemas().get("Order").model());
  }

  @Test
  void reportsNameTheConsumerAndFieldInEveryFormatAndAreByteIdentical() throws Exception {
    LoadedContract v1 = version("1.0.0", "BACKWARD", "id: {type: string}\nstatus: {type: string}\n");
    LoadedContract v2 = version("1.1.0", "BACKWARD", "id: {type: string}\nstatus: {type: int64}\n");
    Expectation fraud = expectation("fraud-scoring", "- {path: status, type: string}");
    Expectation billing = expectation("billing", "- {path: id, type: string}");
    VerificationReport report = treaty.verification(v2).withEarlierVersions(List.of(v1))
        .withExpectations(List.of(fraud, billing)).withToday(TODAY).run();

    assertThat(treaty.consoleReport(report)).extracting(l -> l.level() + " " + l.text()).containsExactly(
        "ERROR payments.orders 1.0.0 -> 1.1.0 breaks the contract's BACKWARD compatibility (1 change)",
        "ERROR   status  fake.field.typeChanged  Field `status` changed type from string to int64."
            + "  (read by fraud-scoring)",
        "ERROR payments.orders 1.0.0 -> 1.1.0 breaks 1 of 2 consumers",
        "ERROR   fraud-scoring  status  expectation.field.typeChanged  Consumer `fraud-scoring` reads "
            + "`status` as string, but the schema makes it int64.",
        "ERROR   accept deliberately: add to contract-accepted-changes.yaml (with a real justification)",
        "ERROR     accepted:",
        "ERROR       - {rule: fake.field.typeChanged, path: status, justification: \"...\"}",
        "ERROR       - {rule: expectation.field.typeChanged, path: status, consumer: fraud-scoring, "
            + "justification: \"...\"}");

    Path first = project.resolve("reports1");
    Path second = project.resolve("reports2");
    List<Path> written = treaty.writeReports(report, first);
    treaty.writeReports(report, second);
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("payments.orders.json", "TEST-payments.orders.xml", "payments.orders.md");
    for (Path file : written) {
      assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(second.resolve(file.getFileName())));
      assertThat(Files.readString(file)).contains("fraud-scoring").contains("status");
    }
    var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(first.resolve("TEST-payments.orders.xml").toFile());
    var failures = xml.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(2);
    assertThat(((org.w3c.dom.Element) failures.item(1).getParentNode()).getAttribute("classname"))
        .isEqualTo("treaty.payments.orders.consumer.fraud-scoring");
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.resolve("payments.orders.json").toFile());
    assertThat(json.path("passed").asBoolean(true)).isFalse();
    assertThat(json.path("failures").get(1).path("consumer").asText()).isEqualTo("fraud-scoring");
    assertThat(json.path("evolution").path("verdicts").path("NONE").asBoolean()).isTrue();
    assertThat(Files.readString(first.resolve("payments.orders.md")))
        .contains("| `fraud-scoring` | `status` | `expectation.field.typeChanged` |");
  }
}

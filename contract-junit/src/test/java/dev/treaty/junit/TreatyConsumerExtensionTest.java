package dev.treaty.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.treaty.Treaty;
import dev.treaty.model.Expectation;
import dev.treaty.model.ExpectationBuilder;
import dev.treaty.model.SourceFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The extension, run on fixture test classes with the JUnit Platform test kit. The fixtures are
 * nested classes, which Maven's test run does not pick up on its own: several fail on purpose.
 */
class TreatyConsumerExtensionTest {

  @TempDir
  Path expectations;

  // ---- The consumer's own code -------------------------------------------------------------------

  enum Status { PLACED, CANCELLED }

  record Money(BigDecimal value, String currency) {}

  record OrderPlaced(@JsonProperty(required = true) String orderId, Status status, int lineCount, Money amount) {}

  // ---- Fixtures ----------------------------------------------------------------------------------

  @TreatyConsumer
  static class DslConsumer {
    @ConsumerExpectation
    static Expectation expectation() {
      return Expectation.builder("fraud-scoring", "payments.order-events")
          .versions("^2.0.0")
          .purpose("score every order before capture")
          .field("orderId", "string")
          .field("status", f -> f.type("string").values("PLACED", "CANCELLED"))
          .field("amount.value", f -> f.type("decimal").minimum(0))
          .build();
    }

    @SamplePayloads("samples/order-placed/*.json")
    void samplesMeetOurExpectation() {}

    @Test
    void theExpectationIsAParameter(Expectation expectation) {
      assertThat(expectation.purpose()).isEqualTo("score every order before capture");
    }
  }

  static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

  @TreatyConsumer(consumer = "fraud-scoring", contract = "payments.order-events", derivedFrom = OrderPlaced.class)
  static class DerivedConsumer {
    @ConsumerMapper
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @ConsumerExpectation
    static ExpectationBuilder expectation(ExpectationBuilder derived) {
      return derived.purpose("score every order before capture")
          .refine("amount.value", f -> f.required().nonNull().minimum(0));
    }

    @SamplePayloads("samples/order-placed/*.json")
    void everySampleReadsIntoOurClass(OrderPlaced order, SamplePayload sample) {
      RECEIVED.add(sample.name() + " -> " + order.orderId() + " " + order.status());
    }
  }

  @TreatyConsumer(consumer = "fraud-scoring", contract = "payments.order-events", derivedFrom = OrderPlaced.class)
  static class BrokenSamples {
    @SamplePayloads({"samples/broken/*.json", "samples/order-placed/gift.json"})
    void samplesMeetOurExpectation() {}
  }

  @TreatyConsumer
  static class SamplesThatAreNotJson {
    @ConsumerExpectation
    static final Expectation EXPECTATION = Expectation.builder("fraud-scoring", "payments.order-events")
        .field("orderId", "string").build();

    @SamplePayloads("samples/not-json/*.json")
    void samplesMeetOurExpectation() {}
  }

  @TreatyConsumer
  static class SamplesFromFiles {
    @ConsumerExpectation
    static final Expectation EXPECTATION = Expectation.builder("audit", "payments.order-events")
        .field("orderId", "string").build();

    @SamplePayloads("file:src/test/resources/samples/**/{gift,plain}.json")
    void samplesMeetOurExpectation(SamplePayload sample) {
      RECEIVED.add(sample.name());
    }
  }

  @TreatyConsumer
  static class SameConsumerDeclaredDifferently {
    @ConsumerExpectation
    static Expectation expectation() {
      return Expectation.builder("fraud-scoring", "payments.order-events").field("orderId", "int64").build();
    }

    @Test
    void nothing() {}
  }

  @TreatyConsumer
  static class NoExpectation {
    @Test
    void nothing() {}
  }

  @TreatyConsumer
  static class TwoExpectations {
    @ConsumerExpectation
    static Expectation one() {
      return Expectation.builder("a", "k").build();
    }

    @ConsumerExpectation
    static final Expectation TWO = Expectation.builder("b", "k").build();

    @Test
    void nothing() {}
  }

  @TreatyConsumer
  static class InstanceExpectation {
    @ConsumerExpectation
    Expectation expectation() {
      return Expectation.builder("a", "k").build();
    }

    @Test
    void nothing() {}
  }

  @TreatyConsumer
  static class WrongReturnType {
    @ConsumerExpectation
    static String expectation() {
      return "fraud-scoring";
    }

    @Test
    void nothing() {}
  }

  @TreatyConsumer(consumer = "billing")
  static class NameMismatch {
    @ConsumerExpectation
    static Expectation expectation() {
      return Expectation.builder("fraud-scoring", "payments.order-events").build();
    }

    @Test
    void nothing() {}
  }

  @TreatyConsumer(derivedFrom = OrderPlaced.class)
  static class DerivedWithoutNames {
    @Test
    void nothing() {}
  }

  @TreatyConsumer(consumer = "fraud-scoring", contract = "payments.order-events", derivedFrom = OrderPlaced.class)
  static class RefinementWithoutParameter {
    @ConsumerExpectation
    static Expectation expectation() {
      return Expectation.builder("fraud-scoring", "payments.order-events").build();
    }

    @Test
    void nothing() {}
  }

  @TreatyConsumer
  static class MistakeInTheDsl {
    @ConsumerExpectation
    static Expectation expectation() {
      return Expectation.builder("fraud-scoring", "payments.order-events").field("lines[.sku", "string").build();
    }

    @Test
    void nothing() {}
  }

  @TreatyConsumer
  static class NoSamplesMatch {
    @ConsumerExpectation
    static final Expectation EXPECTATION = Expectation.builder("a", "k").build();

    @SamplePayloads({"samples/none/*.json", "file:no-such-dir/*.json"})
    void samplesMeetOurExpectation() {}
  }

  static class SamplesWithoutConsumer {
    @SamplePayloads("samples/order-placed/*.json")
    void samplesMeetOurExpectation() {}
  }

  @TreatyConsumer
  static class ConsumerWithNestedTests {
    @ConsumerExpectation
    static final Expectation EXPECTATION = Expectation.builder("nested-consumer", "payments.order-events")
        .field("orderId", "string").build();

    @Nested
    class PlacedOrders {
      @SamplePayloads("samples/order-placed/gift.json")
      void samplesMeetOurExpectation(SamplePayload sample, Expectation expectation) {
        RECEIVED.add(sample.name() + " " + expectation.consumer());
      }
    }
  }

  // ---- Tests -------------------------------------------------------------------------------------

  @BeforeEach
  void clear() {
    RECEIVED.clear();
  }

  @Test
  void writesTheExpectationDocumentAndChecksEverySample() throws IOException {
    EngineExecutionResults results = run(DslConsumer.class);
    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
    assertThat(testNames(results)).containsExactlyInAnyOrder(
        "samples/order-placed/gift.json", "samples/order-placed/plain.json", "theExpectationIsAParameter(Expectation)");
    Path file = expectations.resolve("payments.order-events/fraud-scoring.expectation.yaml");
    assertThat(Files.readString(file)).isEqualTo("""
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: fraud-scoring
        contract: payments.order-events
        versions: ^2.0.0
        purpose: score every order before capture
        extraFields: tolerate
        fields:
          - path: amount.value
            type: decimal
            required: true
            nullable: false
            minimum: 0
          - path: orderId
            type: string
            required: true
            nullable: false
          - path: status
            type: string
            required: true
            nullable: false
            values:
              - PLACED
              - CANCELLED
            unknownValues: reject
        """);
    assertThat(Treaty.create().readExpectation(SourceFile.of(file.toString(), Files.readAllBytes(file))))
        .isEqualTo(DslConsumer.expectation());
  }

  @Test
  void anUnchangedDocumentIsNotRewrittenAndNoTemporaryFileIsLeft() throws IOException {
    run(DslConsumer.class);
    Path file = expectations.resolve("payments.order-events/fraud-scoring.expectation.yaml");
    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(file, old);
    byte[] first = Files.readAllBytes(file);
    run(DslConsumer.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("fraud-scoring.expectation.yaml");
    }
  }

  @Test
  void aDerivedExpectationReadsEverySampleIntoTheConsumersClass() throws IOException {
    EngineExecutionResults results = run(DerivedConsumer.class);
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(RECEIVED).containsExactlyInAnyOrder(
        "samples/order-placed/gift.json -> o-1 PLACED", "samples/order-placed/plain.json -> o-2 CANCELLED");
    String yaml = Files.readString(expectations.resolve("payments.order-events/fraud-scoring.expectation.yaml"));
    assertThat(yaml).contains("purpose: score every order before capture\nextraFields: reject\n")
        .contains("""
              - path: amount.value
                type: decimal
                required: true
                nullable: false
                minimum: 0
            """)
        .contains("""
              - path: lineCount
                type: int32
                required: true
                nullable: false
            """);
  }

  @Test
  void aSampleThatBreaksTheExpectationFailsListingEveryProblem() {
    EngineExecutionResults results = run(BrokenSamples.class);
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    assertThat(failures(results)).containsExactly("""
        Sample samples/broken/refunded.json does not meet the expectation of fraud-scoring on \
        payments.order-events (4 problems):
          samples/broken/refunded.json:3:16: `lineCount` is the string "many"; the consumer reads it as int32.
          samples/broken/refunded.json:4:13: `status` is the string "REFUNDED", which the consumer does not \
        handle; it handles PLACED, CANCELLED.
          samples/broken/refunded.json:5:57: `amount` has the field `rate`, which the consumer does not know; \
        it rejects unknown fields.
          samples/broken/refunded.json:3:16: it does not read into OrderPlaced with the consumer's ObjectMapper: \
        Cannot deserialize value of type `int` from String "many": not a valid `int` value""");
  }

  @Test
  void aSampleThatIsNotJsonFailsWithItsPlace() {
    EngineExecutionResults results = run(SamplesThatAreNotJson.class);
    assertThat(failures(results)).singleElement().asString()
        .startsWith("Sample samples/not-json/truncated.json does not meet the expectation of fraud-scoring on "
            + "payments.order-events (1 problem):\n  samples/not-json/truncated.json:4:1: Unexpected end-of-input");
  }

  @Test
  void samplesCanBeFilesFoundByGlob() {
    run(SamplesFromFiles.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(RECEIVED).containsExactly("src/test/resources/samples/order-placed/gift.json",
        "src/test/resources/samples/order-placed/plain.json");
  }

  @Test
  void twoClassesDeclaringOneExpectationDifferentlyAreAConflict() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(DslConsumer.class), selectClass(SameConsumerDeclaredDifferently.class))
        .configurationParameter(TreatyConsumer.EXPECTATIONS_DIR, expectations.toString())
        .execute();
    assertThat(failures(results)).containsExactly("DslConsumer and SameConsumerDeclaredDifferently both declare "
        + "the expectation of fraud-scoring on payments.order-events, differently; "
        + expectations.resolve("payments.order-events").resolve("fraud-scoring.expectation.yaml")
        + " holds one. Declare it once.");
  }

  @Test
  void everyMistakeInADeclarationFailsTheClassWithAnExactMessage() {
    assertThat(failures(run(NoExpectation.class))).containsExactly("NoExpectation is a @TreatyConsumer test but "
        + "declares no expectation: add a static @ConsumerExpectation method or field, or name the class your "
        + "service reads payloads into with @TreatyConsumer(derivedFrom = ...).");
    assertThat(failures(run(TwoExpectations.class))).containsExactly("TwoExpectations has 2 @ConsumerExpectation "
        + "members (TwoExpectations.one(...), TwoExpectations.TWO); declare one per test class.");
    assertThat(failures(run(InstanceExpectation.class))).containsExactly("@ConsumerExpectation "
        + "`InstanceExpectation.expectation(...)` must be static: it is read before any test instance exists.");
    assertThat(failures(run(WrongReturnType.class))).containsExactly("@ConsumerExpectation "
        + "`WrongReturnType.expectation(...)` must be an Expectation or ExpectationBuilder, but is java.lang.String.");
    assertThat(failures(run(NameMismatch.class))).containsExactly("@TreatyConsumer on NameMismatch says consumer "
        + "`billing`, but the expectation is for consumer `fraud-scoring`.");
    assertThat(failures(run(DerivedWithoutNames.class))).containsExactly("@TreatyConsumer(derivedFrom = "
        + "OrderPlaced.class) on DerivedWithoutNames needs consumer and contract too.");
    assertThat(failures(run(RefinementWithoutParameter.class))).containsExactly("@ConsumerExpectation method "
        + "`RefinementWithoutParameter.expectation(...)` must take one ExpectationBuilder (the expectation derived "
        + "from OrderPlaced) and return Expectation or ExpectationBuilder.");
    assertThat(failures(run(MistakeInTheDsl.class))).containsExactly(
        "Invalid path \"lines[.sku\" at column 7: expected ']', found '.'.");
    assertThat(failures(run(NoSamplesMatch.class))).containsExactly("No sample payloads match "
        + "`samples/none/*.json`, `file:no-such-dir/*.json`; a check of no samples proves nothing.");
    assertThat(failures(run(SamplesWithoutConsumer.class))).containsExactly("@SamplePayloads on "
        + "SamplesWithoutConsumer.samplesMeetOurExpectation needs @TreatyConsumer on the test class.");
  }

  @Test
  void nestedTestClassesUseTheEnclosingDeclaration() {
    run(ConsumerWithNestedTests.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(RECEIVED).containsExactly("samples/order-placed/gift.json nested-consumer");
    assertThat(expectations.resolve("payments.order-events/nested-consumer.expectation.yaml")).isRegularFile();
  }

  @Test
  void theDirectoryCanBeSetWithASystemProperty() {
    Path elsewhere = expectations.resolve("from-property");
    String before = System.getProperty(TreatyConsumer.EXPECTATIONS_DIR);
    System.setProperty(TreatyConsumer.EXPECTATIONS_DIR, elsewhere.toString());
    try {
      EngineTestKit.engine("junit-jupiter").selectors(selectClass(DslConsumer.class)).execute()
          .testEvents().assertStatistics(stats -> stats.failed(0));
    } finally {
      if (before == null) {
        System.clearProperty(TreatyConsumer.EXPECTATIONS_DIR);
      } else {
        System.setProperty(TreatyConsumer.EXPECTATIONS_DIR, before);
      }
    }
    assertThat(elsewhere.resolve("payments.order-events/fraud-scoring.expectation.yaml")).isRegularFile();
  }

  private EngineExecutionResults run(Class<?> fixture) {
    ClassSelector selector = selectClass(fixture);
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selector)
        .configurationParameter(TreatyConsumer.EXPECTATIONS_DIR, expectations.toString())
        .execute();
  }

  private static List<String> failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage())
        .toList();
  }

  private static List<String> testNames(EngineExecutionResults results) {
    return results.testEvents().started().stream().map(Event::getTestDescriptor)
        .map(descriptor -> descriptor.getDisplayName()).toList();
  }
}

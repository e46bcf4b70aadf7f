package dev.treaty.internal.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.treaty.model.Constraints;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.FieldPath;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.TimeUnit;
import dev.treaty.model.TypeName;
import dev.treaty.model.VersionRange;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationDocumentTest {

  static final String FRAUD_SCORING = """
      apiVersion: treaty.dev/v1
      kind: ConsumerExpectation
      consumer: fraud-scoring
      contract: payments.order-events
      versions: ^2.0.0
      owner: risk-team
      expires: 2027-06-30
      purpose: score every order before capture
      fields:
        - {path: orderId, type: string, required: true}
        - {path: amount.value, type: "decimal(12,2)", minimum: 0}
        - {path: status, type: string, values: [PLACED, CANCELLED], unknownValues: reject}
        - {path: customer.country, type: string, maxLength: 2, required: false, nullable: true}
        - {path: placedAt, type: timestamp(millis)}
        - path: lines[].sku
          type: string
          pattern: "^[A-Z0-9-]+$"
        - {path: customer, type: object, extraFields: reject}
      """;

  @Test
  void readsEveryPartOfAnExpectation() {
    Expectation e = read(FRAUD_SCORING);
    assertThat(e.consumer()).isEqualTo("fraud-scoring");
    assertThat(e.contract()).isEqualTo("payments.order-events");
    assertThat(e.versions()).isEqualTo(VersionRange.parse("^2.0.0"));
    assertThat(e.appliesTo("2.4.1")).isTrue();
    assertThat(e.appliesTo("3.0.0")).isFalse();
    assertThat(e.owner()).isEqualTo("risk-team");
    assertThat(e.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(e.isExpiredOn(LocalDate.of(2027, 7, 1))).isTrue();
    assertThat(e.extraFields()).isEqualTo(Tolerance.TOLERATE);
    assertThat(e.fields()).extracting(f -> f.path().toString()).containsExactly(
        "amount.value", "customer", "customer.country", "lines[].sku", "orderId", "placedAt", "status");

    FieldExpectation status = e.field(FieldPath.parse("status")).orElseThrow();
    assertThat(status.values()).containsExactly("PLACED", "CANCELLED");
    assertThat(status.unknownValues()).isEqualTo(Tolerance.REJECT);
    assertThat(status.required()).isTrue();
    assertThat(status.nullable()).isFalse();

    FieldExpectation country = e.field(FieldPath.parse("customer.country")).orElseThrow();
    assertThat(country.required()).isFalse();
    assertThat(country.nullable()).isTrue();
    assertThat(country.constraints().maxLength()).isEqualTo(2L);

    assertThat(e.field(FieldPath.parse("amount.value")).orElseThrow().type())
        .isEqualTo(new TypeName("decimal", 12, 2, null));
    assertThat(e.field(FieldPath.parse("amount.value")).orElseThrow().constraints().minimum())
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(e.field(FieldPath.parse("placedAt")).orElseThrow().type())
        .isEqualTo(new TypeName("timestamp", null, null, TimeUnit.MILLIS));
    assertThat(e.field(FieldPath.parse("customer")).orElseThrow().extraFields()).isEqualTo(Tolerance.REJECT);
  }

  @Test
  void writesAndReadsBackTheSameExpectation() {
    Expectation e = read(FRAUD_SCORING);
    String yaml = ExpectationWriter.yaml(e);
    Expectation again = read(yaml);
    assertThat(again).isEqualTo(e);
    assertThat(ExpectationWriter.yaml(again)).isEqualTo(yaml);
  }

  @Test
  void writtenDocumentsValidateAgainstThePublishedSchema() throws Exception {
    JsonNode schema;
    try (InputStream in = getClass().getResourceAsStream(ExpectationReader.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    Expectation built = new Expectation(Expectation.API_VERSION, "billing", "payments.order-events",
        VersionRange.parse("2.x"), null, null, "invoices", Tolerance.REJECT, List.of(
            new FieldExpectation(FieldPath.parse("a.\"b.c\""), TypeName.parse("int64"), true, false,
                List.of(), Tolerance.REJECT, null, Constraints.NONE.withRange(BigDecimal.ONE, true, null, false))));
    String yaml = ExpectationWriter.yaml(built);
    assertThat(validator.validate(new YAMLMapper().readTree(yaml))).isEmpty();
    assertThat(read(yaml)).isEqualTo(built);
  }

  @Test
  void reportsEveryProblemWithItsPlace() {
    InvalidInputException error = invalid("""
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: fraud scoring
        contract: payments.order-events
        versions: ">= banana"
        expires: 2027-02-30
        fields:
          - {path: "a..b", type: string}
          - {path: x, type: strnig}
          - {path: y, type: string, minLength: 5, maxLength: 2}
          - {path: z, unknownValues: tolerate}
          - {path: w, typ: string}
          - {path: v, pattern: "(unclosed"}
        """);
    assertThat(error.problems()).extracting(Problem::toString).containsExactly(
        "bad.yaml:3:11: `consumer` \"fraud scoring\" does not match the pattern "
            + "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$.",
        "bad.yaml:12:20: Unknown field `typ` in `fields[4]`; did you mean `type`?");
    // Schema problems come first; once they are fixed, the semantic checks report the rest.
    InvalidInputException second = invalid("""
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: fraud-scoring
        contract: payments.order-events
        versions: ">= banana"
        expires: 2027-02-30
        fields:
          - {path: "a..b", type: string}
          - {path: x, type: strnig}
          - {path: y, type: string, minLength: 5, maxLength: 2}
          - {path: z, unknownValues: tolerate}
          - {path: v, pattern: "(unclosed"}
          - {path: ok, type: string}
          - {path: ok, type: int64}
        """);
    assertThat(second.problems()).extracting(p -> p.location().line() + ":" + p.message()).containsExactly(
        "5:\">=\" in version range \">= banana\" is not a version or comparator (expected e.g. 2.x, "
            + "^2.1.0, >=2.0.0 <3.0.0).",
        "6:`expires` \"2027-02-30\" is not a calendar date (YYYY-MM-DD).",
        "8:Invalid path \"a..b\" at column 3: expected a field name before '.', found '.'.",
        "9:Unknown type \"strnig\"; expected one of [any, array, boolean, bytes, date, decimal, double, "
            + "enum, float, int32, int64, integer, local-timestamp, map, number, record, string, time, "
            + "timestamp, uuid].",
        "10:Invalid constraints: minLength 5 is greater than maxLength 2.",
        "11:`unknownValues` needs `values`: list the values the consumer handles.",
        "12:Invalid constraints: `pattern` is not a regular expression (Unclosed group).",
        "14:Path `ok` is listed twice (also fields[5]); merge the two entries.");
  }

  @Test
  void explainsTheFlowStyleQuotingTrap() {
    InvalidInputException error = invalid("""
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: c
        contract: k
        fields:
          - {path: lines[].sku, type: string}
        """);
    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().line()).isEqualTo(6);
      assertThat(p.message()).contains("quote values that contain [ ] { }")
          .doesNotContain("in 'reader'").doesNotContain("^");
    });
  }

  @Test
  void refusesNumbersTooLargeToWorkWithClearly() {
    InvalidInputException error = invalid("""
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: c
        contract: k
        fields:
          - {path: a, type: number, maximum: 1e999999999}
          - {path: b, type: "decimal(999999999,1)"}
          - {path: c, type: string, maxLength: 99999999999999999999999}
        """);
    assertThat(error.problems()).extracting(p -> p.location().line() + ":" + p.message()).containsExactly(
        "6:Invalid constraints: the number 1E+999999999 is too large or too precise; Treaty works with "
            + "up to 1000 digits and exponents up to 1000.",
        "7:\"decimal(999999999,1)\": a decimal has at most 1000 digits.",
        "8:Invalid constraints: `maxLength` 99999999999999999999999 is larger than Treaty handles "
            + "(9223372036854775807).");
  }

  @Test
  void acceptsJsonToo() {
    Expectation e = ExpectationReader.read(SourceFile.ofText("e.json", """
        {"apiVersion": "treaty.dev/v1", "kind": "ConsumerExpectation", "consumer": "c",
         "contract": "k", "fields": [{"path": "id"}]}
        """));
    assertThat(e.fields()).singleElement().satisfies(f -> {
      assertThat(f.required()).isTrue();
      assertThat(f.nullable()).isFalse();
      assertThat(f.type()).isNull();
    });
    assertThat(e.versions()).isEqualTo(VersionRange.ANY);
  }

  private static Expectation read(String yaml) {
    return ExpectationReader.read(SourceFile.ofText("e.yaml", yaml));
  }

  private static InvalidInputException invalid(String yaml) {
    return catchThrowableOfType(InvalidInputException.class,
        () -> ExpectationReader.read(SourceFile.ofText("bad.yaml", yaml)));
  }
}

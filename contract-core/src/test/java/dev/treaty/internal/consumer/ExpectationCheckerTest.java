package dev.treaty.internal.consumer;

import static dev.treaty.testing.Models.arrayOf;
import static dev.treaty.testing.Models.closed;
import static dev.treaty.testing.Models.enumOf;
import static dev.treaty.testing.Models.mapOf;
import static dev.treaty.testing.Models.maxLength;
import static dev.treaty.testing.Models.model;
import static dev.treaty.testing.Models.nullable;
import static dev.treaty.testing.Models.number;
import static dev.treaty.testing.Models.open;
import static dev.treaty.testing.Models.optional;
import static dev.treaty.testing.Models.required;
import static dev.treaty.testing.Models.scalar;
import static dev.treaty.testing.Models.string;
import static dev.treaty.testing.Models.union;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.DecimalType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.Expectation;
import dev.treaty.model.Finding;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.SourceFile;
import dev.treaty.model.TimeUnit;
import dev.treaty.internal.expectation.ExpectationReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One or more cases per consumer rule: a schema, the fields a consumer declares, and exactly the
 * findings expected ({@code rule path} lines). Every case also has a control: the same consumer
 * against a schema that satisfies it gives no finding of that rule.
 */
class ExpectationCheckerTest {

  record Case(String name, SchemaModel schema, String fields, List<String> expected) {}

  static final List<Case> CASES = List.of(
      new Case("missing field", model(closed("Order", required("id", string()))),
          "- {path: amount, type: number}", List.of("expectation.field.missing amount")),
      new Case("missing nested field", model(closed("Order", required("customer", closed("C")))),
          "- {path: customer.country, type: string}",
          List.of("expectation.field.missing customer.country")),
      new Case("optional field absent", model(closed("Order", required("id", string()))),
          "- {path: note, type: string, required: false}", List.of("expectation.field.absent note")),
      new Case("required element field of an optional array", model(closed("O", optional("lines",
              arrayOf(closed("Line", required("sku", string())))))),
          "- {path: \"lines[].sku\", type: string}", List.of()),
      new Case("polymorphic object read as a record", model(closed("O", required("payment",
              union(closed("Card", required("last4", string())), closed("Bank", required("iban", string())))))),
          "- {path: payment, type: record}", List.of()),
      new Case("nullable array element", model(closed("O", required("tags", arrayOf(nullable(string()))))),
          "- {path: \"tags[]\", type: string}", List.of("expectation.field.becameNullable tags[]")),
      new Case("nullable element record", model(closed("O", required("lines",
              arrayOf(nullable(closed("Line", required("sku", string()))))))),
          "- {path: \"lines[].sku\", type: string}", List.of("expectation.field.becameNullable lines[].sku")),
      new Case("nullable map value", model(closed("O", required("attrs", mapOf(nullable(string()))))),
          "- {path: \"attrs{}\", type: string}", List.of("expectation.field.becameNullable attrs{}")),
      new Case("nullable array above an element field", model(closed("O", required("lines",
              nullable(arrayOf(closed("Line", required("sku", string()))))))),
          "- {path: \"lines[].sku\", type: string}", List.of()),
      new Case("optional field undeclared in an open object", model(open("O", required("id", string()))),
          "- {path: note, type: string, required: false}", List.of("expectation.field.undeclared note")),
      new Case("optional untyped nullable field absent from an open object", model(open("O", required("id", string()))),
          "- {path: note, required: false, nullable: true}", List.of("expectation.field.absent note")),
      new Case("nested declared fields make their parents known", model(closed("O", required("customer",
              closed("C", required("name", string()))))),
          "- {path: customer.name, type: string}", List.of()),
      new Case("fields added to a polymorphic object that rejects unknown fields", model(closed("O", required("payment",
              union(closed("Card", required("last4", string()), required("brand", string())),
                  closed("Bank", required("iban", string())))))),
          "- {path: payment, type: record, extraFields: reject}\n- {path: \"payment<Card>.last4\"}\n- {path: \"payment<Bank>.iban\"}",
          List.of("expectation.field.added payment<Card>.brand")),
      new Case("type changed", model(closed("Order", required("amount", string()))),
          "- {path: amount, type: number}", List.of("expectation.field.typeChanged amount")),
      new Case("int64 read as int32", model(closed("O", required("n", scalar(ScalarKind.INT64)))),
          "- {path: n, type: int32}", List.of("expectation.field.typeChanged n")),
      new Case("bounded integer read as int32", model(closed("O", required("n",
              new DataType.ScalarType(ScalarKind.INTEGER, Constraints.NONE.withRange(
                  BigDecimal.ZERO, false, BigDecimal.valueOf(1000), false))))),
          "- {path: n, type: int32}", List.of()),
      new Case("int32 widened to int64 for an int64 reader", model(closed("O", required("n", scalar(ScalarKind.INT32)))),
          "- {path: n, type: int64}", List.of()),
      new Case("precision lost", model(closed("O", required("n", scalar(ScalarKind.INT64)))),
          "- {path: n, type: double}", List.of("expectation.field.precisionLost n")),
      new Case("decimal scale shrinks", model(closed("O", required("amount", new DecimalType(12, 4, Constraints.NONE)))),
          "- {path: amount, type: \"decimal(12,2)\"}", List.of("expectation.field.precisionLost amount")),
      new Case("decimal integer digits grow", model(closed("O", required("amount", new DecimalType(14, 2, Constraints.NONE)))),
          "- {path: amount, type: \"decimal(12,2)\"}", List.of("expectation.field.typeChanged amount")),
      new Case("timestamp unit changed", model(closed("O", required("at", new TimestampType(TimeUnit.MICROS, true)))),
          "- {path: at, type: timestamp(millis)}", List.of("expectation.field.typeChanged at")),
      new Case("timestamp of any unit", model(closed("O", required("at", new TimestampType(TimeUnit.MICROS, true)))),
          "- {path: at, type: timestamp}", List.of()),
      new Case("text timestamp", model(closed("O", required("at", string(Constraints.NONE.withFormat("date-time"))))),
          "- {path: at, type: timestamp}", List.of()),
      new Case("text date read as a string", model(closed("O", required("day",
              new DataType.ScalarType(ScalarKind.DATE, Constraints.NONE.withFormat("date"))))),
          "- {path: day, type: string}", List.of()),
      new Case("binary date read as a string", model(closed("O", required("day", scalar(ScalarKind.DATE)))),
          "- {path: day, type: string}", List.of("expectation.field.typeChanged day")),
      new Case("became optional", model(closed("O", optional("id", string()))),
          "- {path: id, type: string}", List.of("expectation.field.becameOptional id")),
      new Case("optional ancestor", model(closed("O", optional("customer", closed("C", required("id", string()))))),
          "- {path: customer.id, type: string}", List.of("expectation.field.becameOptional customer.id")),
      new Case("consumer tolerates the optional ancestor", model(closed("O", optional("customer",
              closed("C", required("id", string()))))),
          "- {path: customer, required: false}\n- {path: customer.id, type: string}", List.of()),
      new Case("optional field the consumer does not require", model(closed("O", optional("id", string()))),
          "- {path: id, type: string, required: false}", List.of()),
      new Case("became nullable", model(closed("O", required("id", nullable(string())))),
          "- {path: id, type: string}", List.of("expectation.field.becameNullable id")),
      new Case("nullable accepted", model(closed("O", required("id", nullable(string())))),
          "- {path: id, type: string, nullable: true}", List.of()),
      new Case("enum value added", model(closed("O", required("status", enumOf("PLACED", "CANCELLED", "REFUNDED")))),
          "- {path: status, values: [PLACED, CANCELLED]}", List.of("expectation.enum.valueAdded status")),
      new Case("enum value added, tolerated", model(closed("O", required("status", enumOf("PLACED", "REFUNDED")))),
          "- {path: status, values: [PLACED], unknownValues: tolerate}", List.of()),
      new Case("enum unconstrained", model(closed("O", required("status", string()))),
          "- {path: status, type: string, values: [PLACED]}", List.of("expectation.enum.unconstrained status")),
      new Case("enum value removed", model(closed("O", required("status", enumOf("PLACED")))),
          "- {path: status, values: [PLACED, CANCELLED]}", List.of("expectation.enum.valueRemoved status")),
      new Case("string enum constraint", model(closed("O", required("ccy",
              string(Constraints.NONE.withAllowedValues(List.of("\"EUR\"", "\"USD\"")))))),
          "- {path: ccy, values: [EUR, USD, GBP]}", List.of("expectation.enum.valueRemoved ccy")),
      new Case("field added to a consumer that rejects unknown fields",
          model(closed("O", required("id", string()), optional("note", string()))),
          "- {path: id, type: string}", List.of("expectation.field.added note")),
      new Case("object opened for a consumer that rejects unknown fields",
          model(open("O", required("id", string()))),
          "- {path: id, type: string}", List.of("expectation.object.opened ")),
      new Case("nested object with its own tolerance", model(closed("O", required("c",
              closed("C", required("id", string()), required("extra", string()))), required("x", string()))),
          "- {path: c, type: record, extraFields: reject}\n- {path: c.id}\n- {path: x}",
          List.of("expectation.field.added c.extra")),
      new Case("max length widened", model(closed("O", required("country", maxLength(3)))),
          "- {path: country, type: string, maxLength: 2}", List.of("expectation.constraint.widened country")),
      new Case("max length unbounded", model(closed("O", required("country", string()))),
          "- {path: country, type: string, maxLength: 2}", List.of("expectation.constraint.widened country")),
      new Case("max length proven by enum", model(closed("O", required("country", enumOf("DE", "FR")))),
          "- {path: country, maxLength: 2}", List.of()),
      new Case("range widened", model(closed("O", required("pct", number("0", "200")))),
          "- {path: pct, type: number, minimum: 0, maximum: 100}", List.of("expectation.constraint.widened pct")),
      new Case("range kept", model(closed("O", required("pct", number("0", "100")))),
          "- {path: pct, type: number, minimum: 0, maximum: 100}", List.of()),
      new Case("exclusive bound", model(closed("O", required("qty", number("0", null)))),
          "- {path: qty, type: number, exclusiveMinimum: 0}", List.of("expectation.constraint.widened qty")),
      new Case("int32 bounds imply a range", model(closed("O", required("n", scalar(ScalarKind.INT32)))),
          "- {path: n, type: int64, minimum: -2147483648, maximum: 2147483647}", List.of()),
      new Case("multiple of", model(closed("O", required("cents", new DataType.ScalarType(ScalarKind.NUMBER,
              Constraints.NONE.withMultipleOf(new BigDecimal("0.001")))))),
          "- {path: cents, type: number, multipleOf: 0.01}", List.of("expectation.constraint.widened cents")),
      new Case("pattern unproven", model(closed("O", required("sku", string(Constraints.NONE.withPattern("^[A-Z]+$"))))),
          "- {path: sku, type: string, pattern: \"^[A-Z0-9]+$\"}",
          List.of("expectation.constraint.patternUnproven sku")),
      new Case("pattern missing", model(closed("O", required("sku", string()))),
          "- {path: sku, type: string, pattern: \"^[A-Z]+$\"}", List.of("expectation.constraint.widened sku")),
      new Case("pattern proven by enum", model(closed("O", required("sku", enumOf("AB", "CD")))),
          "- {path: sku, pattern: \"^[A-Z]+$\"}", List.of()),
      new Case("format changed", model(closed("O", required("mail", string()))),
          "- {path: mail, type: string, format: email}", List.of("expectation.constraint.formatChanged mail")),
      new Case("ambiguous union path", model(closed("O", required("payment",
              union(closed("Card", required("ref", string())), closed("Bank", required("ref", scalar(ScalarKind.INT64))))))),
          "- {path: payment.ref}", List.of("expectation.path.ambiguous payment.ref")),
      new Case("branch path", model(closed("O", required("payment",
              union(closed("Card", required("ref", string())), closed("Bank", required("ref", scalar(ScalarKind.INT64))))))),
          "- {path: payment<Card>.ref, type: string}", List.of()),
      new Case("field only in one branch is optional", model(closed("O", required("payment",
              union(closed("Card", required("last4", string())), closed("Bank", required("iban", string())))))),
          "- {path: payment.last4, type: string}", List.of("expectation.field.becameOptional payment.last4")),
      new Case("array elements", model(closed("O", required("lines", arrayOf(closed("Line", required("sku", scalar(ScalarKind.INT64))))))),
          "- {path: \"lines[].sku\", type: string}", List.of("expectation.field.typeChanged lines[].sku")),
      new Case("map values", model(closed("O", required("attrs", mapOf(string())))),
          "- {path: \"attrs{}\", type: string, maxLength: 10}", List.of("expectation.constraint.widened attrs{}")));

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      List<Finding> findings = ExpectationChecker.check(expectation(c), c.schema());
      assertThat(findings).extracting(f -> f.ruleId() + " " + f.path())
          .containsExactlyInAnyOrderElementsOf(c.expected());
      findings.forEach(f -> {
        assertThat(f.consumer()).isEqualTo("fraud-scoring");
        assertThat(f.message()).startsWith("Consumer `fraud-scoring` ").endsWith(".");
      });
    }));
  }

  @Test
  void everyRuleHasAFiringCase() {
    Set<String> fired = new TreeSet<>();
    for (Case c : CASES) {
      ExpectationChecker.check(expectation(c), c.schema()).forEach(f -> fired.add(f.ruleId()));
    }
    assertThat(fired).containsExactlyInAnyOrderElementsOf(
        Stream.of(ExpectationRule.values()).map(ExpectationRule::id).collect(Collectors.toList()));
  }

  @Test
  void messagesNameConsumerFieldAndValues() {
    Case c = CASES.stream().filter(x -> x.name().equals("enum value added")).findFirst().orElseThrow();
    assertThat(ExpectationChecker.check(expectation(c), c.schema())).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo(
          "Consumer `fraud-scoring` rejects unknown values of `status`, but the schema allows REFUNDED.");
      assertThat(f.newValue()).isEqualTo("REFUNDED");
    });
    Case t = CASES.stream().filter(x -> x.name().equals("type changed")).findFirst().orElseThrow();
    assertThat(ExpectationChecker.check(expectation(t), t.schema())).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo(
          "Consumer `fraud-scoring` reads `amount` as number, but the schema makes it string.");
      assertThat(f.oldValue()).isEqualTo("number");
      assertThat(f.newValue()).isEqualTo("string");
    });
  }

  static Expectation expectation(Case c) {
    String extra = c.name().contains("rejects unknown fields") && !c.name().contains("polymorphic")
        || c.name().contains("parents known") ? "reject" : "tolerate";
    String yaml = "apiVersion: treaty.dev/v1\nkind: ConsumerExpectation\nconsumer: fraud-scoring\n"
        + "contract: payments.order-events\nextraFields: " + extra + "\nfields:\n"
        + c.fields().lines().map(l -> "  " + l).collect(Collectors.joining("\n")) + "\n";
    return ExpectationReader.read(SourceFile.ofText(c.name() + ".yaml", yaml));
  }
}

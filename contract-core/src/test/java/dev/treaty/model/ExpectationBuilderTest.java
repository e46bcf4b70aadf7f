package dev.treaty.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ExpectationBuilderTest {

  static Expectation fraudScoring() {
    return Expectation.builder("fraud-scoring", "payments.order-events")
        .versions("^2.0.0")
        .owner("risk-team")
        .expires(LocalDate.of(2027, 6, 30))
        .purpose("score every order before capture")
        .rejectExtraFields()
        .field("orderId", "string")
        .field("amount.value", f -> f.type("decimal(12,2)").minimum(0))
        .field("status", f -> f.type("string").values("PLACED", "CANCELLED").tolerateUnknownValues())
        .field("customer", f -> f.type("object").tolerateExtraFields())
        .field("customer.country", f -> f.type("string").optional().nullable().minLength(2).maxLength(2))
        .field("lines", "array")
        .field("lines[].sku", f -> f.type("string").pattern("^[A-Z0-9-]+$"))
        .field("lines[].quantity", f -> f.type("int32").exclusiveMinimum(0).maximum(999))
        .field("attributes{}", f -> f.type("string").format("uri"))
        .field("payment<Card>.last4", f -> f.type("string").maxLength(4))
        .field("weight", f -> f.type("decimal").multipleOf(new BigDecimal("0.001")).exclusiveMaximum(1000))
        .build();
  }

  @Test
  void buildsEveryPartOfAnExpectation() {
    Expectation e = fraudScoring();
    assertThat(e.apiVersion()).isEqualTo(Expectation.API_VERSION);
    assertThat(e.consumer()).isEqualTo("fraud-scoring");
    assertThat(e.contract()).isEqualTo("payments.order-events");
    assertThat(e.versions()).isEqualTo(VersionRange.parse("^2.0.0"));
    assertThat(e.owner()).isEqualTo("risk-team");
    assertThat(e.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(e.purpose()).isEqualTo("score every order before capture");
    assertThat(e.extraFields()).isEqualTo(Tolerance.REJECT);
    assertThat(e.fields()).extracting(f -> f.path().toString()).containsExactly(
        "amount.value", "attributes{}", "customer", "customer.country", "lines", "lines[].quantity",
        "lines[].sku", "orderId", "payment<Card>.last4", "status", "weight");

    assertThat(field(e, "orderId")).isEqualTo(new FieldExpectation(FieldPath.parse("orderId"),
        TypeName.parse("string"), true, false, List.of(), Tolerance.REJECT, null, Constraints.NONE));
    assertThat(field(e, "status").values()).containsExactly("PLACED", "CANCELLED");
    assertThat(field(e, "status").unknownValues()).isEqualTo(Tolerance.TOLERATE);
    assertThat(field(e, "customer").type()).isEqualTo(TypeName.parse("record"));
    assertThat(field(e, "customer").extraFields()).isEqualTo(Tolerance.TOLERATE);
    FieldExpectation country = field(e, "customer.country");
    assertThat(country.required()).isFalse();
    assertThat(country.nullable()).isTrue();
    assertThat(country.constraints()).hasToString("minLength=2, maxLength=2");
    assertThat(field(e, "amount.value").type()).isEqualTo(new TypeName("decimal", 12, 2, null));
    assertThat(field(e, "amount.value").constraints()).hasToString("minimum=0");
    assertThat(field(e, "lines[].quantity").constraints()).hasToString("exclusiveMinimum=0, maximum=999");
    assertThat(field(e, "lines[].sku").constraints().pattern()).isEqualTo("^[A-Z0-9-]+$");
    assertThat(field(e, "attributes{}").constraints().format()).isEqualTo("uri");
    assertThat(field(e, "weight").constraints()).hasToString("exclusiveMaximum=1000, multipleOf=0.001");
  }

  @Test
  void aListedFieldStartsRequiredNotNullableOfAnyType() {
    Expectation e = Expectation.builder("c", "k").field("id", f -> { }).build();
    assertThat(e.fields()).singleElement().isEqualTo(new FieldExpectation(FieldPath.parse("id"), null,
        true, false, List.of(), Tolerance.REJECT, null, Constraints.NONE));
    assertThat(e.extraFields()).isEqualTo(Tolerance.TOLERATE);
    assertThat(e.versions()).isEqualTo(VersionRange.ANY);
  }

  @Test
  void theResultIsImmutableAndTheBuilderReusable() {
    ExpectationBuilder builder = Expectation.builder("c", "k").field("a", "string");
    Expectation first = builder.build();
    builder.field("b", "int64");
    assertThat(first.fields()).hasSize(1);
    assertThat(builder.build().fields()).hasSize(2);
    assertThatThrownBy(() -> first.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refinesAndRemovesDeclaredFields() {
    ExpectationBuilder builder = Expectation.builder("c", "k")
        .field("customer", "record")
        .field("customer.name", f -> f.type("string").optional().nullable())
        .field("customer.address.city", "string")
        .field("status", f -> f.type("string").values("A", "B").tolerateUnknownValues())
        .refine("customer.name", f -> f.required().nonNull().maxLength(80))
        .refine("status", FieldSpec::rejectUnknownValues)
        .without("customer");
    Expectation e = builder.build();
    assertThat(e.fields()).extracting(f -> f.path().toString()).containsExactly("status");
    assertThat(field(e, "status").unknownValues()).isEqualTo(Tolerance.REJECT);

    Expectation refined = Expectation.builder("c", "k")
        .field("name", f -> f.type("string").optional().nullable())
        .refine("name", f -> f.required().nonNull().maxLength(80))
        .build();
    assertThat(field(refined, "name").required()).isTrue();
    assertThat(field(refined, "name").nullable()).isFalse();
    assertThat(field(refined, "name").constraints().maxLength()).isEqualTo(80L);
  }

  @Test
  void acceptsReadyMadeFieldExpectations() {
    FieldExpectation amount = new FieldExpectation(FieldPath.parse("amount"), TypeName.parse("int64"),
        false, true, List.of(), Tolerance.REJECT, null, Constraints.NONE.withRange(BigDecimal.ONE, false, null, false));
    Expectation e = Expectation.builder("c", "k").field(amount).build();
    assertThat(e.fields()).containsExactly(amount);
  }

  @Test
  void aFailedRefinementLeavesTheFieldAsItWas() {
    ExpectationBuilder builder = Expectation.builder("c", "k")
        .field("lines", "array")
        .field("lines[].sku", "string");
    assertThatThrownBy(() -> builder.refine("lines", f -> f.type("string")))
        .hasMessage("Field `lines[].sku` needs `lines` to be an array, but `lines` is declared as string.");
    assertThat(field(builder.build(), "lines").type()).isEqualTo(TypeName.parse("array"));
  }

  @TestFactory
  Stream<DynamicTest> everyMistakeFailsAtItsOwnCallWithAnExactMessage() {
    return Stream.of(
        mistake("a consumer name with a space",
            () -> Expectation.builder("fraud scoring", "k"),
            "Consumer \"fraud scoring\" must be 1 to 128 letters, digits, '.', '_' or '-', starting with a "
                + "letter or digit."),
        mistake("a contract name starting with a dot",
            () -> Expectation.builder("c", ".orders"),
            "Contract \".orders\" must be 1 to 128 letters, digits, '.', '_' or '-', starting with a "
                + "letter or digit."),
        mistake("a version range that does not parse",
            () -> builder().versions(">= banana"),
            "\">=\" in version range \">= banana\" is not a version or comparator (expected e.g. 2.x, "
                + "^2.1.0, >=2.0.0 <3.0.0)."),
        mistake("a path that does not parse",
            () -> builder().field("a..b", "string"),
            "Invalid path \"a..b\" at column 3: expected a field name before '.', found '.'."),
        mistake("an unclosed array segment",
            () -> builder().field("lines[.sku", "string"),
            "Invalid path \"lines[.sku\" at column 7: expected ']', found '.'."),
        mistake("the root path",
            () -> builder().field("", "string"),
            "A field needs a path below the root; the empty path is the whole payload."),
        mistake("a misspelt type",
            () -> builder().field("status", "strnig"),
            "Field `status`: unknown type \"strnig\"; expected one of [any, array, boolean, bytes, date, "
                + "decimal, double, enum, float, int32, int64, integer, local-timestamp, map, number, record, "
                + "string, time, timestamp, uuid]."),
        mistake("a type that is not a type name",
            () -> builder().field("amount", f -> f.type("decimal(12;2)")),
            "Field `amount`: \"decimal(12;2)\" is not a type name (expected e.g. string, int64, "
                + "decimal(10,2), timestamp(millis))."),
        mistake("a decimal whose scale exceeds its precision",
            () -> builder().field("amount", f -> f.type("decimal(2,4)")),
            "Field `amount`: decimal(2,4) needs 1 <= precision and 0 <= scale <= precision."),
        mistake("a path declared twice",
            () -> builder().field("id", "string").field("id", "int64"),
            "Field `id` is already declared; change it with refine(\"id\", ...) instead."),
        mistake("a ready-made field declared twice",
            () -> builder().field("id", "string").field(new FieldExpectation(FieldPath.parse("id"), null,
                true, false, List.of(), Tolerance.REJECT, null, Constraints.NONE)),
            "Field `id` is already declared; change it with refine(\"id\", ...) instead."),
        mistake("refining an undeclared field",
            () -> builder().refine("id", FieldSpec::optional),
            "Field `id` is not declared, so it cannot be refined."),
        mistake("removing an undeclared field",
            () -> builder().without("id"),
            "Field `id` is not declared, so it cannot be removed."),
        mistake("minLength above maxLength",
            () -> builder().field("code", f -> f.type("string").minLength(5).maxLength(2)),
            "Field `code`: minLength 5 is greater than maxLength 2."),
        mistake("a negative length",
            () -> builder().field("code", f -> f.maxLength(-1)),
            "Field `code`: maxLength must be at least 0, was -1."),
        mistake("minimum above maximum",
            () -> builder().field("qty", f -> f.type("int32").minimum(10).maximum(1)),
            "Field `qty`: minimum 10 and maximum 1 admit no value."),
        mistake("an exclusive bound equal to the other bound",
            () -> builder().field("qty", f -> f.exclusiveMinimum(new BigDecimal("2.50")).maximum(new BigDecimal("2.5"))),
            "Field `qty`: exclusiveMinimum 2.5 and maximum 2.5 admit no value."),
        mistake("a step that is not positive",
            () -> builder().field("qty", f -> f.multipleOf(0)),
            "Field `qty`: multipleOf must be greater than 0, was 0."),
        mistake("a pattern that does not compile",
            () -> builder().field("sku", f -> f.pattern("(unclosed")),
            "Field `sku`: pattern \"(unclosed\" is not a regular expression (Unclosed group)."),
        mistake("unknown values tolerated without values",
            () -> builder().field("status", f -> f.type("string").tolerateUnknownValues()),
            "Field `status`: unknown values can only be tolerated or rejected with values(...): list the "
                + "values the consumer handles."),
        mistake("an empty values list",
            () -> builder().field("status", f -> f.values()),
            "Field `status`: values(...) needs at least one value."),
        mistake("a value listed twice",
            () -> builder().field("status", f -> f.values("A", "B", "A")),
            "Field `status`: values list \"A\" twice."),
        mistake("a length on a number",
            () -> builder().field("qty", f -> f.type("int32").maxLength(3)),
            "Field `qty`: maxLength does not apply to int32; it applies to string, bytes, array and map."),
        mistake("a range on a string",
            () -> builder().field("name", f -> f.type("string").minimum(1)),
            "Field `name`: minimum does not apply to string; it applies to numbers."),
        mistake("a pattern on a boolean",
            () -> builder().field("flag", f -> f.type("boolean").pattern("^t")),
            "Field `flag`: pattern does not apply to boolean; it applies to text: string, date, time, "
                + "timestamp, local-timestamp, uuid and enum."),
        mistake("values on a record",
            () -> builder().field("customer", f -> f.type("record").values("x")),
            "Field `customer`: values does not apply to record; it applies to scalars and enums."),
        mistake("extra fields on a string",
            () -> builder().field("name", f -> f.type("string").rejectExtraFields()),
            "Field `name`: extraFields does not apply to string; it applies to records."),
        mistake("a value that is not an int32",
            () -> builder().field("code", f -> f.type("int32").values("1", "2147483648")),
            "Field `code`: value \"2147483648\" is not an int32."),
        mistake("a value that is not a number",
            () -> builder().field("rate", f -> f.type("double").values("1.5", "fast")),
            "Field `rate`: value \"fast\" is not a number."),
        mistake("a value that is not a boolean",
            () -> builder().field("flag", f -> f.type("boolean").values("yes")),
            "Field `flag`: value \"yes\" is not true or false."),
        mistake("a field below a field that is not a record",
            () -> builder().field("customer", "string").field("customer.name", "string"),
            "Field `customer.name` needs `customer` to be a record, but `customer` is declared as string."),
        mistake("a record declared above fields that need an array",
            () -> builder().field("lines[].sku", "string").field("lines", "record"),
            "Field `lines[].sku` needs `lines` to be an array, but `lines` is declared as record."),
        mistake("a field two levels below a field that is not a record",
            () -> builder().field("customer", "string").field("customer.address.city", "string"),
            "Field `customer.address.city` needs `customer` to be a record, but `customer` is declared as "
                + "string."),
        mistake("map values below a field that is not a map",
            () -> builder().field("attributes", "array").field("attributes{}", "string"),
            "Field `attributes{}` needs `attributes` to be a map, but `attributes` is declared as array."));
  }

  private static DynamicTest mistake(String name, Runnable call, String message) {
    return DynamicTest.dynamicTest(name, () -> assertThatThrownBy(call::run)
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage(message));
  }

  private static ExpectationBuilder builder() {
    return Expectation.builder("fraud-scoring", "payments.order-events");
  }

  private static FieldExpectation field(Expectation e, String path) {
    return e.field(FieldPath.parse(path)).orElseThrow();
  }
}

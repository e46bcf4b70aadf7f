package dev.treaty.internal.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.treaty.Treaty;
import dev.treaty.model.Expectation;
import dev.treaty.model.ExpectationBuilder;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PayloadCheckerTest {

  /** Each case: an expectation, a payload, and every problem as {@code pointer: message}. */
  @TestFactory
  Stream<DynamicTest> everyViolationIsReportedWithItsPointerAndAnExactMessage() {
    return Stream.of(
        check("a payload that meets the expectation has no problems",
            b -> b.field("id", "string").field("note", f -> f.type("string").optional().nullable()),
            "{\"id\": \"a\", \"note\": null}"),
        check("a missing required field; an absent optional one is fine",
            b -> b.field("id", "string").field("note", f -> f.type("string").optional()),
            "{}",
            "/id: `id` is missing; the consumer needs it."),
        check("null where the consumer does not handle it",
            b -> b.field("id", "string").field("note", f -> f.type("string").nullable()),
            "{\"id\": null, \"note\": null}",
            "/id: `id` is null; the consumer does not handle null."),
        check("text, boolean and record types",
            b -> b.field("name", "string").field("flag", "boolean").field("customer", "record")
                .field("lines", "array").field("attrs", "map"),
            "{\"name\": 5, \"flag\": \"yes\", \"customer\": [], \"lines\": {}, \"attrs\": \"x\"}",
            "/name: `name` is the number 5; the consumer reads it as string.",
            "/flag: `flag` is the string \"yes\"; the consumer reads it as boolean.",
            "/customer: `customer` is an array; the consumer reads it as record.",
            "/lines: `lines` is an object; the consumer reads it as array.",
            "/attrs: `attrs` is the string \"x\"; the consumer reads it as map."),
        check("integers: kind and range",
            b -> b.field("a", "int32").field("b", "int32").field("c", "int64").field("d", "integer")
                .field("e", "int32"),
            "{\"a\": 2.5, \"b\": 3000000000, \"c\": 9223372036854775808, \"d\": 1e40, \"e\": 2.0}",
            "/a: `a` is the number 2.5; the consumer reads it as int32.",
            "/b: `b` is the number 3000000000, which does not fit int32.",
            "/c: `c` is the number 9223372036854775808, which does not fit int64."),
        check("decimals: any number, or one that fits precision and scale",
            b -> b.field("any", "decimal").field("money", "decimal(5,2)").field("big", "decimal(5,2)"),
            "{\"any\": 1.23456, \"money\": 999.999, \"big\": 1000.5}",
            "/money: `money` is the number 999.999, which does not fit decimal(5,2).",
            "/big: `big` is the number 1000.5, which does not fit decimal(5,2)."),
        check("bytes, uuids, dates, times and timestamps are checked by their text",
            b -> b.field("blob", "bytes").field("id", "uuid").field("day", "date").field("clock", "time")
                .field("at", "timestamp").field("local", "local-timestamp").field("ms", "timestamp(millis)")
                .field("text", "timestamp(text)"),
            """
            {"blob": "!!", "id": "not-a-uuid", "day": "2024-02-30", "clock": "25:00", "at": "2024-05-01 10:00",
             "local": "2024-05-01T10:00:00Z", "ms": "2024-05-01T10:00:00Z", "text": 1714557600000}""",
            "/blob: `blob` is the string \"!!\"; the consumer reads it as bytes.",
            "/id: `id` is the string \"not-a-uuid\"; the consumer reads it as uuid.",
            "/day: `day` is the string \"2024-02-30\"; the consumer reads it as date.",
            "/clock: `clock` is the string \"25:00\"; the consumer reads it as time.",
            "/at: `at` is the string \"2024-05-01 10:00\"; the consumer reads it as timestamp.",
            "/local: `local` is the string \"2024-05-01T10:00:00Z\"; the consumer reads it as local-timestamp.",
            "/ms: `ms` is the string \"2024-05-01T10:00:00Z\"; the consumer reads it as timestamp(millis).",
            "/text: `text` is the number 1714557600000; the consumer reads it as timestamp(text)."),
        check("well-formed temporal values of every encoding pass",
            b -> b.field("day", "date").field("clock", "time").field("zoned", "time").field("at", "timestamp")
                .field("epoch", "timestamp").field("local", "local-timestamp").field("ms", "timestamp(millis)"),
            """
            {"day": "2024-02-29", "clock": "10:15:30.123", "zoned": "10:15:30+02:00",
             "at": "2024-05-01T10:00:00.5+02:00", "epoch": 1714557600, "local": "2024-05-01T10:00:00",
             "ms": 1714557600000}"""),
        check("values the consumer does not handle, unless it tolerates them",
            b -> b.field("status", f -> f.type("string").values("PLACED", "CANCELLED"))
                .field("kind", f -> f.type("string").values("a").tolerateUnknownValues())
                .field("code", f -> f.type("int32").values("1", "2"))
                .field("flag", f -> f.type("boolean").values("true")),
            "{\"status\": \"REFUNDED\", \"kind\": \"z\", \"code\": 2.0, \"flag\": false}",
            "/status: `status` is the string \"REFUNDED\", which the consumer does not handle; it handles "
                + "PLACED, CANCELLED.",
            "/flag: `flag` is false, which the consumer does not handle; it handles true."),
        check("lengths count characters, elements and entries",
            b -> b.field("code", f -> f.type("string").minLength(2).maxLength(3))
                .field("emoji", f -> f.type("string").maxLength(1))
                .field("tags", f -> f.type("array").maxLength(1))
                .field("attrs", f -> f.type("map").minLength(1))
                .field("blob", f -> f.type("bytes").maxLength(2)),
            "{\"code\": \"abcd\", \"emoji\": \"\uD83D\uDE00\", \"tags\": [1, 2], \"attrs\": {}, \"blob\": \"AQID\"}",
            "/code: `code` has length 4, above maxLength 3.",
            "/tags: `tags` has length 2, above maxLength 1.",
            "/attrs: `attrs` has length 0, below minLength 1.",
            "/blob: `blob` has length 3, above maxLength 2."),
        check("patterns are searched, as JSON Schema does; known formats are checked",
            b -> b.field("sku", f -> f.type("string").pattern("[0-9]"))
                .field("strict", f -> f.type("string").pattern("^[A-Z]+$"))
                .field("email", f -> f.type("string").format("email"))
                .field("site", f -> f.type("string").format("uri"))
                .field("when", f -> f.type("string").format("date-time"))
                .field("custom", f -> f.type("string").format("iban")),
            "{\"sku\": \"ab1\", \"strict\": \"ab\", \"email\": \"x\", \"site\": \"/relative\", "
                + "\"when\": \"today\", \"custom\": \"anything\"}",
            "/strict: `strict` is the string \"ab\", which does not match the pattern ^[A-Z]+$.",
            "/email: `email` is the string \"x\", which is not a valid email.",
            "/site: `site` is the string \"/relative\", which is not a valid uri.",
            "/when: `when` is the string \"today\", which is not a valid date-time."),
        check("ranges and steps",
            b -> b.field("qty", f -> f.type("int32").minimum(1).maximum(10))
                .field("price", f -> f.type("decimal").exclusiveMinimum(0).multipleOf(new BigDecimal("0.01")))
                .field("ratio", f -> f.type("double").exclusiveMaximum(1))
                .field("big", f -> f.type("int32").maximum(10)),
            "{\"qty\": 0, \"price\": 0, \"ratio\": 1, \"big\": 11}",
            "/qty: `qty` is the number 0, below the minimum 1.",
            "/price: `price` is the number 0, not above the exclusiveMinimum 0.",
            "/ratio: `ratio` is the number 1, not below the exclusiveMaximum 1.",
            "/big: `big` is the number 11, above the maximum 10."),
        check("a step that does not divide the value",
            b -> b.field("price", f -> f.type("decimal").multipleOf(new BigDecimal("0.05"))),
            "{\"price\": 1.07}",
            "/price: `price` is the number 1.07, not a multiple of 0.05."),
        check("every element of an array and every value of a map",
            b -> b.field("lines[].sku", "string").field("lines[].qty", f -> f.type("int32").optional())
                .field("attrs{}", "int32"),
            "{\"lines\": [{\"sku\": \"a\"}, {\"qty\": 1}, {\"sku\": 3}], \"attrs\": {\"a\": 1, \"b/c\": \"x\"}}",
            "/lines/1/sku: `lines[].sku` is missing; the consumer needs it.",
            "/lines/2/sku: `lines[].sku` is the number 3; the consumer reads it as string.",
            "/attrs/b~1c: `attrs{}` is the string \"x\"; the consumer reads it as int32."),
        check("unknown fields where the consumer rejects them, at the levels it describes",
            b -> b.rejectExtraFields().field("id", "string")
                .field("customer", f -> f.type("record").tolerateExtraFields())
                .field("customer.name", "string")
                .field("address", "record").field("address.city", "string")
                .field("opaque", "record"),
            "{\"id\": \"a\", \"extra\": 1, \"customer\": {\"name\": \"n\", \"tier\": 2}, "
                + "\"address\": {\"city\": \"c\", \"zip\": \"z\"}, \"opaque\": {\"anything\": true}}",
            "/extra: The payload has the field `extra`, which the consumer does not know; it rejects unknown "
                + "fields.",
            "/address/zip: `address` has the field `zip`, which the consumer does not know; it rejects unknown "
                + "fields."),
        check("a tolerant document with one object that rejects unknown fields",
            b -> b.field("meta", f -> f.type("record").rejectExtraFields()).field("meta.v", "int32"),
            "{\"other\": 1, \"meta\": {\"v\": 1, \"w\": 2}}",
            "/meta/w: `meta` has the field `w`, which the consumer does not know; it rejects unknown fields."),
        check("union branches are chosen by the value they list, like a discriminator",
            b -> b.rejectExtraFields()
                .field("payment", "record")
                .field("payment<Card>", f -> f.type("record").optional())
                .field("payment<Card>.type", f -> f.type("string").values("card"))
                .field("payment<Card>.last4", f -> f.type("string").maxLength(4))
                .field("payment<Other>", f -> f.type("record").optional().tolerateExtraFields())
                .field("payment<Other>.type", f -> f.type("string").optional()),
            "{\"payment\": {\"type\": \"card\", \"last4\": \"12345\"}}",
            "/payment: `payment` matches none of the branches the consumer handles (Card, Other); the closest "
                + "is reported.",
            "/payment/last4: `payment<Card>.last4` has length 5, above maxLength 4."),
        check("a default branch takes the values no other branch lists",
            b -> b.rejectExtraFields()
                .field("payment", "record")
                .field("payment<Card>", f -> f.type("record").optional())
                .field("payment<Card>.type", f -> f.type("string").values("card"))
                .field("payment<Other>", f -> f.type("record").optional().tolerateExtraFields())
                .field("payment<Other>.type", f -> f.type("string").optional()),
            "{\"payment\": {\"type\": \"voucher\", \"code\": \"X\"}}"),
        check("a value of the wrong type is not looked into",
            b -> b.field("customer", "record").field("customer.name", "string"),
            "{\"customer\": \"Jane\"}",
            "/customer: `customer` is the string \"Jane\"; the consumer reads it as record."));
  }

  @Test
  void problemsCarryTheSampleNameLineColumnAndPointer() {
    Expectation e = Expectation.builder("c", "k").field("lines[].sku", "string").build();
    List<Problem> problems = Treaty.checkPayload(e, SourceFile.ofText("samples/order.json", """
        {
          "lines": [
            {"sku": "a"},
            {"sku": 7}
          ]
        }
        """));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).hasToString("samples/order.json:4:13: `lines[].sku` is the number 7; the consumer reads "
          + "it as string.");
      assertThat(p.location().pointer()).isEqualTo("/lines/1/sku");
    });
  }

  @Test
  void aPayloadThatIsNotJsonIsBadInputWithItsPlace() {
    Expectation e = Expectation.builder("c", "k").field("id", "string").build();
    InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
        () -> Treaty.checkPayload(e, SourceFile.ofText("broken.json", "{\"id\": \"a\",\n \"x\": }")));
    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().toString()).isEqualTo("broken.json:2:7");
      assertThat(p.message()).startsWith("Unexpected character ('}'");
    });
  }

  private static DynamicTest check(String name, UnaryOperator<ExpectationBuilder> declare, String payload,
      String... problems) {
    return DynamicTest.dynamicTest(name, () -> {
      Expectation e = declare.apply(Expectation.builder("consumer", "contract")).build();
      assertThat(Treaty.checkPayload(e, payload))
          .extracting(p -> p.location().pointer() + ": " + p.message())
          .containsExactlyElementsOf(Arrays.asList(problems));
    });
  }
}

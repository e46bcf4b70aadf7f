package dev.treaty.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.Treaty;
import dev.treaty.internal.expectation.ExpectationReader;
import dev.treaty.internal.expectation.ExpectationWriter;
import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.DecimalType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.RefType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.Problem;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.SourceFile;
import dev.treaty.model.TimeUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelDerivationTest {

  private static final Constraints NONE = Constraints.NONE;

  /** What fraud-scoring validates order events with, as the JSON Schema format would model it. */
  static SchemaModel orderSchema() {
    RecordType line = new RecordType("Line", List.of(
        Field.of("sku", new ScalarType(ScalarKind.STRING, NONE.withPattern("^[A-Z0-9-]+$")), true),
        Field.of("quantity", new ScalarType(ScalarKind.INT32,
            NONE.withRange(BigDecimal.ONE, false, null, false)), true)), null, NONE);
    RecordType card = new RecordType("Card", List.of(
        Field.of("type", new ScalarType(ScalarKind.STRING, NONE.withAllowedValues(List.of("\"card\""))), true),
        Field.of("last4", new ScalarType(ScalarKind.STRING, NONE.withLength(4L, 4L)), true)), null, NONE);
    RecordType paypal = new RecordType("Paypal", List.of(
        Field.of("type", new ScalarType(ScalarKind.STRING, NONE.withAllowedValues(List.of("\"paypal\""))), true),
        Field.of("email", new ScalarType(ScalarKind.STRING, NONE.withFormat("email")), true)), null, NONE);
    RecordType customer = new RecordType(null, List.of(
        Field.of("country", UnionType.nullable(new ScalarType(ScalarKind.STRING, NONE.withLength(2L, 2L))), false)),
        new AnyType(), NONE.withLength(null, 20L));
    return SchemaModel.of(new RecordType("OrderPlaced", List.of(
        Field.of("orderId", ScalarType.of(ScalarKind.UUID), true),
        Field.of("amount", new DecimalType(12, 2, NONE.withRange(BigDecimal.ZERO, false, null, false)), true),
        Field.of("status", new EnumType("Status", List.of("PLACED", "CANCELLED"), null), true),
        Field.of("customer", customer, false),
        Field.of("lines", new ArrayType(line, NONE.withLength(1L, null)), true),
        Field.of("attributes", new MapType(ScalarType.of(ScalarKind.STRING), NONE), false),
        Field.of("payment", new UnionType(List.of(card, paypal)), true),
        Field.of("placedAt", new TimestampType(TimeUnit.TEXT, true), true),
        new Field("channel", ScalarType.of(ScalarKind.STRING), true, "\"web\"", List.of(), null)),
        null, NONE));
  }

  @Test
  void derivesOneFieldPerDeclaredPath() {
    Expectation e = Treaty.deriveExpectation(orderSchema(), "fraud-scoring", "payments.order-events").build();
    assertThat(ExpectationWriter.yaml(e)).isEqualTo("""
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: fraud-scoring
        contract: payments.order-events
        extraFields: reject
        fields:
          - path: amount
            type: "decimal(12,2)"
            required: true
            nullable: false
            minimum: 0
          - path: attributes
            type: map
            required: false
            nullable: false
          - path: "attributes{}"
            type: string
            required: false
            nullable: false
          - path: channel
            type: string
            required: false
            nullable: false
          - path: customer
            type: record
            required: false
            nullable: false
            extraFields: tolerate
          - path: customer.country
            type: string
            required: false
            nullable: true
            minLength: 2
            maxLength: 2
          - path: lines
            type: array
            required: true
            nullable: false
            minLength: 1
          - path: "lines[]"
            type: record
            required: false
            nullable: false
          - path: "lines[].quantity"
            type: int32
            required: true
            nullable: false
            minimum: 1
          - path: "lines[].sku"
            type: string
            required: true
            nullable: false
            pattern: "^[A-Z0-9-]+$"
          - path: orderId
            type: uuid
            required: true
            nullable: false
          - path: payment
            type: any
            required: true
            nullable: false
          - path: payment<Card>
            type: record
            required: false
            nullable: false
          - path: payment<Card>.last4
            type: string
            required: true
            nullable: false
            minLength: 4
            maxLength: 4
          - path: payment<Card>.type
            type: string
            required: true
            nullable: false
            values:
              - card
            unknownValues: reject
          - path: payment<Paypal>
            type: record
            required: false
            nullable: false
          - path: payment<Paypal>.email
            type: string
            required: true
            nullable: false
            format: email
          - path: payment<Paypal>.type
            type: string
            required: true
            nullable: false
            values:
              - paypal
            unknownValues: reject
          - path: placedAt
            type: timestamp(text)
            required: true
            nullable: false
          - path: status
            type: enum
            required: true
            nullable: false
            values:
              - PLACED
              - CANCELLED
            unknownValues: reject
        """);
    assertThat(ExpectationReader.read(SourceFile.ofText("e.yaml", ExpectationWriter.yaml(e)))).isEqualTo(e);
  }

  @Test
  void theDerivedExpectationHoldsSamplesToTheSchema() {
    Expectation e = Treaty.deriveExpectation(orderSchema(), "fraud-scoring", "payments.order-events").build();
    assertThat(Treaty.checkPayload(e, """
        {"orderId": "7f1b0c9e-2d4c-4e8a-9c51-0b6a3f3d2a10", "amount": 12.50, "status": "PLACED",
         "customer": {"country": null, "tier": "gold"}, "lines": [{"sku": "A-1", "quantity": 2}],
         "payment": {"type": "card", "last4": "4242"}, "placedAt": "2024-05-01T10:00:00Z"}
        """)).isEmpty();
    List<Problem> problems = Treaty.checkPayload(e, """
        {"orderId": "o-1", "amount": 12.505, "status": "REFUNDED",
         "lines": [], "payment": {"type": "paypal", "email": "nobody"},
         "placedAt": "yesterday", "coupon": "X"}
        """);
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "payload:1:13: `orderId` is the string \"o-1\"; the consumer reads it as uuid.",
        "payload:1:30: `amount` is the number 12.505, which does not fit decimal(12,2).",
        "payload:1:48: `status` is the string \"REFUNDED\", which the consumer does not handle; it handles "
            + "PLACED, CANCELLED.",
        "payload:2:11: `lines` has length 0, below minLength 1.",
        "payload:2:26: `payment` matches none of the branches the consumer handles (Card, Paypal); the "
            + "closest is reported.",
        "payload:2:54: `payment<Paypal>.email` is the string \"nobody\", which is not a valid email.",
        "payload:3:14: `placedAt` is the string \"yesterday\"; the consumer reads it as timestamp(text).",
        "payload:3:37: The payload has the field `coupon`, which the consumer does not know; it rejects "
            + "unknown fields.");
    assertThat(problems.get(3).location().pointer()).isEqualTo("/lines");
    assertThat(problems.get(5).location().pointer()).isEqualTo("/payment/email");
  }

  @Test
  void anAvroReaderSchemaToleratesDefaultsAndDefaultSymbols() {
    RecordType reader = new RecordType("com.acme.Order", List.of(
        Field.of("id", ScalarType.of(ScalarKind.STRING), true),
        new Field("status", new EnumType("Status", List.of("NEW", "DONE", "UNKNOWN"), "UNKNOWN"), true,
            "\"NEW\"", List.of(), null),
        new Field("note", UnionType.nullable(ScalarType.of(ScalarKind.STRING)), true, "null", List.of(), null),
        new Field("version", ScalarType.of(ScalarKind.INT32), true, "1", List.of(), null)), null, NONE);
    Expectation e = Treaty.deriveExpectation(SchemaModel.of(reader), "billing", "orders")
        .extraFields(Tolerance.TOLERATE) // Avro readers skip fields they do not know
        .build();
    assertThat(e.extraFields()).isEqualTo(Tolerance.TOLERATE);
    assertThat(e.fields()).extracting(f -> f.path() + " " + f.type() + (f.required() ? " required" : "")
        + (f.nullable() ? " nullable" : "") + (f.values().isEmpty() ? "" : " " + f.values() + " "
        + f.unknownValues().label())).containsExactly(
        "id string required",
        "note string nullable",
        "status enum [NEW, DONE, UNKNOWN] tolerate",
        "version int32");
  }

  @Test
  void recursiveDefinitionsAreEnteredOncePerPath() {
    RecordType category = new RecordType("Category", List.of(
        Field.of("name", ScalarType.of(ScalarKind.STRING), true),
        Field.of("children", new ArrayType(new RefType("Category"), NONE), true),
        Field.of("parent", UnionType.nullable(new RefType("Category")), false)), null, NONE);
    SchemaModel model = new SchemaModel(new RefType("Category"), Map.of("Category", category));
    Expectation e = ModelDerivation.derive(model, "catalogue", "products.categories").build();
    assertThat(e.fields()).extracting(f -> f.path() + " " + f.type() + (f.nullable() ? " nullable" : ""))
        .containsExactly("children array", "children[] record", "name string", "parent record nullable");
    assertThat(e.extraFields()).isEqualTo(Tolerance.REJECT);
  }

  @Test
  void unionsOfScalarsDeclareEachBranch() {
    RecordType root = new RecordType(null, List.of(
        Field.of("id", new UnionType(List.of(ScalarType.of(ScalarKind.STRING), ScalarType.of(ScalarKind.INT64))), true),
        Field.of("code", new ScalarType(ScalarKind.INT32, NONE.withAllowedValues(List.of("1", "2", "3"))), true)),
        new AnyType(), NONE);
    Expectation e = ModelDerivation.derive(SchemaModel.of(root), "c", "k").build();
    assertThat(e.extraFields()).isEqualTo(Tolerance.TOLERATE);
    assertThat(e.fields()).extracting(f -> f.path() + " " + f.type() + (f.required() ? " required" : "")
        + (f.values().isEmpty() ? "" : " " + f.values())).containsExactly(
        "code int32 required [1, 2, 3]",
        "id any required",
        "id<int64> int64",
        "id<string> string");
  }

  @Test
  void aDanglingReferenceIsADefinitionError() {
    SchemaModel model = SchemaModel.of(new RecordType(null, List.of(
        Field.of("x", new RefType("Missing"), true)), null, NONE));
    assertThatThrownBy(() -> ModelDerivation.derive(model, "c", "k"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("Cannot derive an expectation from the schema model: type reference Missing names no "
            + "definition.");
  }

  @Test
  void aRootArrayOfClosedRecordsDeclaresItsElements() {
    DataType item = new RecordType("Item", List.of(Field.of("id", ScalarType.of(ScalarKind.STRING), true)), null, NONE);
    Expectation e = ModelDerivation.derive(SchemaModel.of(new ArrayType(item, NONE)), "c", "k").build();
    assertThat(e.extraFields()).isEqualTo(Tolerance.TOLERATE);
    assertThat(e.fields()).extracting(f -> f.path() + " " + f.type()
        + (f.extraFields() == null ? "" : " extra " + f.extraFields().label()))
        .containsExactly("[] record extra reject", "[].id string");
    assertThat(Treaty.checkPayload(e, "[{\"id\": \"a\"}, {\"id\": \"b\", \"x\": 1}]"))
        .extracting(Problem::toString).containsExactly(
            "payload:1:32: `[]` has the field `x`, which the consumer does not know; it rejects unknown fields.");
  }
}

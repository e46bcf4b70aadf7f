package dev.treaty.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.Treaty;
import dev.treaty.internal.consumer.ExpectationChecker;
import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Derived expectations mean to the consumer check what they mean to the payload check and to the
 * consumer's mapper: an expectation derived from a schema meets that schema; one derived from a
 * class meets the schema of the data the class reads; and producer changes that would break the
 * mapper are exactly the findings.
 */
class DerivedExpectationCheckTest {

  private static final Constraints NONE = Constraints.NONE;

  @Test
  void anExpectationDerivedFromASchemaMeetsThatSchema() {
    SchemaModel schema = ModelDerivationTest.orderSchema();
    Expectation e = Treaty.deriveExpectation(schema, "fraud-scoring", "payments.order-events").build();
    assertThat(ExpectationChecker.check(e, schema)).isEmpty();
  }

  /** The producer's schema of the data {@link ClassDerivationTest.OrderPlaced} reads. */
  static SchemaModel producer(List<String> statuses, boolean lineCountRequired, List<Field> extraRootFields,
      List<Field> extraCustomerFields) {
    RecordType money = new RecordType("Money", List.of(
        Field.of("value", new DataType.DecimalType(12, 2, NONE), true),
        Field.of("currency", ScalarType.of(ScalarKind.STRING), true)), null, NONE);
    RecordType line = new RecordType("Line", List.of(
        Field.of("sku", ScalarType.of(ScalarKind.STRING), true),
        Field.of("quantity", ScalarType.of(ScalarKind.INT32), true),
        Field.of("price", money, true)), null, NONE);
    List<Field> customerFields = new ArrayList<>(List.of(
        Field.of("id", ScalarType.of(ScalarKind.STRING), true),
        Field.of("country", UnionType.nullable(ScalarType.of(ScalarKind.STRING)), false)));
    customerFields.addAll(extraCustomerFields);
    RecordType card = new RecordType("Card", List.of(
        Field.of("kind", new EnumType(null, List.of("card"), null), true),
        Field.of("number", ScalarType.of(ScalarKind.STRING), true)), null, NONE);
    RecordType paypal = new RecordType("Paypal", List.of(
        Field.of("kind", new EnumType(null, List.of("paypal"), null), true),
        Field.of("email", ScalarType.of(ScalarKind.STRING), true)), null, NONE);
    List<Field> root = new ArrayList<>(List.of(
        Field.of("orderId", ScalarType.of(ScalarKind.STRING), true),
        Field.of("status", new EnumType("Status", statuses, null), true),
        Field.of("amount", money, true),
        Field.of("lineCount", ScalarType.of(ScalarKind.INT32), lineCountRequired),
        Field.of("priority", UnionType.nullable(ScalarType.of(ScalarKind.INT32)), false),
        Field.of("note", ScalarType.of(ScalarKind.STRING), false),
        Field.of("rating", ScalarType.of(ScalarKind.INT32), false),
        Field.of("lines", new ArrayType(line, NONE), true),
        Field.of("attributes", new MapType(ScalarType.of(ScalarKind.STRING), NONE), false),
        Field.of("placedAt", new TimestampType(TimeUnit.TEXT, true), true),
        Field.of("customer", new RecordType("Customer", customerFields, new AnyType(), NONE), true),
        Field.of("express", ScalarType.of(ScalarKind.BOOLEAN), true),
        Field.of("tags", new ArrayType(ScalarType.of(ScalarKind.STRING), NONE), false),
        Field.of("payment", new UnionType(List.of(card, paypal)), true)));
    root.addAll(extraRootFields);
    return SchemaModel.of(new RecordType("OrderPlaced", root, null, NONE));
  }

  @Test
  void anExpectationDerivedFromAClassMeetsTheSchemaOfTheDataItReads() {
    Expectation e = derived();
    assertThat(ExpectationChecker.check(e, producer(List.of("PLACED", "cancelled"), true, List.of(), List.of())))
        .isEmpty();
  }

  @Test
  void producerChangesThatWouldBreakTheMapperAreExactlyTheFindings() {
    Expectation e = derived();
    SchemaModel changed = producer(List.of("PLACED", "cancelled", "REFUNDED"), false,
        List.of(Field.of("channel", ScalarType.of(ScalarKind.STRING), false)),
        List.of(Field.of("tier", ScalarType.of(ScalarKind.STRING), false)));
    assertThat(ExpectationChecker.check(e, changed)).extracting(f -> f.ruleId() + " " + f.path())
        .containsExactly(
            // FAIL_ON_UNKNOWN_PROPERTIES: the mapper fails on the new root field...
            "expectation.field.added channel",
            // ... a primitive int that may be absent silently reads as 0 ...
            "expectation.field.becameOptional lineCount",
            // ... and an enum without a default fails on the new value.
            "expectation.enum.valueAdded status");
    // customer is @JsonIgnoreProperties(ignoreUnknown = true): its new field `tier` breaks nobody
  }

  @Test
  void nestedObjectsInheritTheNearestSettingAndDerivationsWriteItWhereItMatters() {
    RecordType geo = new RecordType(null, List.of(Field.of("lat", ScalarType.of(ScalarKind.DOUBLE), true)), null, NONE);
    RecordType address = new RecordType(null, List.of(Field.of("city", ScalarType.of(ScalarKind.STRING), true),
        Field.of("geo", geo, true)), null, NONE);
    RecordType customer = new RecordType(null, List.of(Field.of("address", address, true)), new AnyType(), NONE);
    SchemaModel model = SchemaModel.of(new RecordType(null, List.of(Field.of("customer", customer, true)), null, NONE));
    Expectation e = ModelDerivation.derive(model, "c", "k").build();
    // an open record inside a closed one, a closed one inside that: each written where an unset
    // value would be read wrongly by either reading of "inherit"
    assertThat(e.fields()).filteredOn(f -> f.type() != null && f.type().base().equals("record"))
        .extracting(f -> f.path() + " " + (f.extraFields() == null ? "-" : f.extraFields().label()))
        .containsExactly("customer tolerate", "customer.address reject", "customer.address.geo -");
    assertThat(ExpectationChecker.check(e, model)).isEmpty();
    assertThat(Treaty.checkPayload(e, """
        {"customer": {"vip": true, "address": {"city": "c", "geo": {"lat": 1.0, "alt": 2}}}}"""))
        .extracting(p -> p.message())
        .containsExactly("`customer.address.geo` has the field `alt`, which the consumer does not know; it "
            + "rejects unknown fields.");
  }

  @Test
  void anAvroStyleReaderWithOnlyClosedRecordsFlipsToTolerantWithOneCall() {
    RecordType inner = new RecordType("Inner", List.of(Field.of("x", ScalarType.of(ScalarKind.INT32), true)), null, NONE);
    SchemaModel model = SchemaModel.of(new RecordType("Outer", List.of(Field.of("inner", inner, true)), null, NONE));
    Expectation e = ModelDerivation.derive(model, "c", "k").extraFields(Tolerance.TOLERATE).build();
    assertThat(e.fields()).allSatisfy(f -> assertThat(f.extraFields()).isNull());
    assertThat(Treaty.checkPayload(e, "{\"inner\": {\"x\": 1, \"y\": 2}, \"z\": 3}")).isEmpty();
  }

  private static Expectation derived() {
    return ClassDerivation.derive(ClassDerivationTest.OrderPlaced.class, ClassDerivationTest.MAPPER,
        "fraud-scoring", "payments.order-events").build();
  }
}

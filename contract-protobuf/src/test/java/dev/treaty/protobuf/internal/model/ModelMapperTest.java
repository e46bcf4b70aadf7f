package dev.treaty.protobuf.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.DataType;
import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.RefType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.FieldPath;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.TimeUnit;
import dev.treaty.protobuf.internal.TestProtoc;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How messages map into the neutral model (docs/formats/protobuf.md, "The schema model"). */
class ModelMapperTest {

  private static SchemaModel model(String body, String element) {
    return TestProtoc.compile("orders.proto", """
        syntax = "proto3";
        package acme.orders.v1;
        import "google/protobuf/timestamp.proto";
        import "google/protobuf/wrappers.proto";
        import "google/protobuf/struct.proto";
        import "google/protobuf/any.proto";
        import "google/protobuf/duration.proto";
        """ + body, element).model();
  }

  private static final String ORDER = """
      // An order was placed.
      message OrderPlaced {
        // The order's id.
        string order_id = 1;
        int32 quantity = 2;
        optional int64 amount_minor = 3;
        uint32 items = 4;
        uint64 total_bytes = 5;
        sint32 delta = 6;
        fixed64 checksum = 7;
        double rate = 8;
        float ratio = 9;
        bool gift = 10;
        bytes blob = 11;
        repeated Line lines = 12;
        map<string, string> attributes = 13;
        Status status = 14;
        oneof payment {
          Card card = 15;
          string voucher = 16;
          string coupon = 17;
        }
        google.protobuf.Timestamp placed_at = 18;
        google.protobuf.StringValue note = 19;
        google.protobuf.Struct extra = 20;
        google.protobuf.Value anything = 21;
        google.protobuf.ListValue list = 22;
        google.protobuf.Any packed = 23;
        google.protobuf.Duration ttl = 24;
        string customer_email = 25 [json_name = "email"];
        google.protobuf.UInt64Value big = 26;
      }
      message Line { string sku = 1; int32 count = 2; }
      message Card { string last4 = 1; }
      enum Status { STATUS_UNSPECIFIED = 0; PLACED = 1; }
      """;

  @Test
  void messageIsAnOpenRecordOfItsFields() {
    SchemaModel model = model(ORDER, "acme.orders.v1.OrderPlaced");
    RecordType order = (RecordType) model.root();
    assertThat(order.name()).isEqualTo("acme.orders.v1.OrderPlaced");
    assertThat(order.isOpen()).as("readers keep unknown fields").isTrue();
    assertThat(order.fields()).extracting(Field::name).startsWith("order_id", "quantity")
        .contains("payment").doesNotContain("card", "voucher");
  }

  @Test
  void implicitPresenceFieldsAreOptionalWithZeroDefaults() {
    RecordType order = (RecordType) model(ORDER, "acme.orders.v1.OrderPlaced").root();
    Field id = order.field("order_id");
    assertThat(id.required()).isFalse();
    assertThat(id.defaultValue()).isEqualTo("\"\"");
    assertThat(id.description()).isEqualTo("The order's id.");
    assertThat(order.field("quantity").defaultValue()).isEqualTo("0");
    assertThat(order.field("gift").defaultValue()).isEqualTo("false");
    assertThat(order.field("status").defaultValue()).isEqualTo("\"STATUS_UNSPECIFIED\"");
    assertThat(order.field("amount_minor").required()).isFalse();
    assertThat(order.field("lines").defaultValue()).isEqualTo("[]");
    assertThat(order.field("attributes").defaultValue()).isEqualTo("{}");
    assertThat(order.field("placed_at").defaultValue()).isNull();
  }

  @Test
  void scalarsMapByTheirRange() {
    RecordType order = (RecordType) model(ORDER, "acme.orders.v1.OrderPlaced").root();
    assertThat(kind(order, "quantity")).isEqualTo(ScalarKind.INT32);
    assertThat(kind(order, "amount_minor")).isEqualTo(ScalarKind.INT64);
    assertThat(kind(order, "items")).isEqualTo(ScalarKind.INT64);
    assertThat(order.field("items").type().constraints().maximum())
        .isEqualByComparingTo(BigDecimal.valueOf(4294967295L));
    assertThat(kind(order, "total_bytes")).isEqualTo(ScalarKind.INTEGER);
    assertThat(order.field("total_bytes").type().constraints().minimum())
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(kind(order, "delta")).isEqualTo(ScalarKind.INT32);
    assertThat(kind(order, "checksum")).isEqualTo(ScalarKind.INTEGER);
    assertThat(kind(order, "rate")).isEqualTo(ScalarKind.DOUBLE);
    assertThat(kind(order, "ratio")).isEqualTo(ScalarKind.FLOAT);
    assertThat(kind(order, "gift")).isEqualTo(ScalarKind.BOOLEAN);
    assertThat(kind(order, "blob")).isEqualTo(ScalarKind.BYTES);
  }

  @Test
  void repeatedMapEnumAndOneof() {
    SchemaModel model = model(ORDER, "acme.orders.v1.OrderPlaced");
    RecordType order = (RecordType) model.root();
    assertThat(order.field("lines").type()).isInstanceOf(ArrayType.class);
    assertThat(((MapType) order.field("attributes").type()).values())
        .isEqualTo(ScalarType.of(ScalarKind.STRING));
    EnumType status = (EnumType) order.field("status").type();
    assertThat(status.symbols()).containsExactly("STATUS_UNSPECIFIED", "PLACED");
    assertThat(status.defaultSymbol()).as("open enum: unknown numbers are kept, not replaced")
        .isNull();
    UnionType payment = (UnionType) order.field("payment").type();
    assertThat(payment.isNullable()).as("no member set").isTrue();
    assertThat(payment.branches()).hasSize(4);
    assertThat(model.find(FieldPath.parse("payment<card>.last4")))
        .contains(ScalarType.of(ScalarKind.STRING));
    assertThat(model.find(FieldPath.parse("payment<voucher>")))
        .contains(ScalarType.of(ScalarKind.STRING));
    assertThat(model.find(FieldPath.parse("lines[].count")))
        .contains(ScalarType.of(ScalarKind.INT32));
    assertThat(model.entries()).extracting(e -> e.path().toString())
        .contains("payment<card>.last4", "lines[].sku", "attributes");
  }

  @Test
  void wellKnownTypesStandForWhatTheyMean() {
    RecordType order = (RecordType) model(ORDER, "acme.orders.v1.OrderPlaced").root();
    assertThat(order.field("placed_at").type())
        .isEqualTo(new TimestampType(TimeUnit.NANOS, true));
    assertThat(order.field("note").type())
        .isEqualTo(UnionType.nullable(ScalarType.of(ScalarKind.STRING)));
    assertThat(order.field("big").type().isNullable()).isTrue();
    assertThat(order.field("extra").type()).isEqualTo(new MapType(new AnyType(),
        dev.treaty.model.Constraints.NONE));
    assertThat(order.field("anything").type()).isInstanceOf(AnyType.class);
    assertThat(order.field("list").type()).isInstanceOf(ArrayType.class);
    assertThat(order.field("packed").type()).isInstanceOf(AnyType.class);
    RecordType ttl = (RecordType) order.field("ttl").type();
    assertThat(ttl.fields()).extracting(Field::name).containsExactly("seconds", "nanos");
  }

  @Test
  void jsonNameIsAnAlias() {
    RecordType order = (RecordType) model(ORDER, "acme.orders.v1.OrderPlaced").root();
    assertThat(order.field("customer_email").aliases()).containsExactly("email");
    assertThat(order.field("order_id").aliases()).containsExactly("orderId");
    assertThat(order.field("gift").aliases()).isEmpty();
  }

  @Test
  void recursiveMessagesBecomeReferences() {
    SchemaModel model = model("""
        message Category {
          string name = 1;
          repeated Category children = 2;
          Category parent = 3;
        }
        """, null);
    RecordType category = (RecordType) model.root();
    assertThat(((ArrayType) category.field("children").type()).items())
        .isEqualTo(new RefType("acme.orders.v1.Category"));
    assertThat(model.definitions()).containsKey("acme.orders.v1.Category");
    assertThat(model.find(FieldPath.parse("children[].parent.name")))
        .contains(ScalarType.of(ScalarKind.STRING));
  }

  @Test
  void proto2RequiredDefaultsAndClosedEnums() {
    SchemaModel model = TestProtoc.compile("legacy.proto", """
        syntax = "proto2";
        package acme.legacy;
        message Payment {
          required string id = 1;
          optional string currency = 2 [default = "EUR"];
          optional Kind kind = 3;
          enum Kind { CARD = 1; CASH = 2; }
        }
        """, null).model();
    RecordType payment = (RecordType) model.root();
    assertThat(payment.field("id").required()).isTrue();
    assertThat(payment.field("currency").required()).isFalse();
    assertThat(payment.field("currency").defaultValue()).isEqualTo("\"EUR\"");
    EnumType kind = (EnumType) payment.field("kind").type();
    assertThat(kind.defaultSymbol()).as("closed enum: an unknown number reads as unset, CARD")
        .isEqualTo("CARD");
    assertThat(payment.field("kind").defaultValue()).isEqualTo("\"CARD\"");
  }

  private static ScalarKind kind(RecordType record, String field) {
    DataType type = record.field(field).type();
    return ((ScalarType) type).kind();
  }
}

package dev.treaty.avro.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.avro.AvroSchemas;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.DecimalType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.RefType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimeType;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.FieldPath;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.TimeUnit;
import dev.treaty.model.UnsupportedFeatureException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping of Avro schemas into the format-neutral model, as docs/formats/avro.md states it. */
class ModelMapperTest {

  private static SchemaModel model(String schema) {
    return AvroSchemas.parse("schema.avsc", schema).model();
  }

  private static DataType field(String type) {
    return model("{\"type\": \"record\", \"name\": \"R\", \"fields\": [{\"name\": \"v\", "
        + "\"type\": " + type + "}]}").find(FieldPath.parse("v")).orElseThrow();
  }

  @Test
  void aRecordIsClosedAndEveryFieldIsPresent() {
    SchemaModel model = model("""
        {"type": "record", "name": "Order", "namespace": "shop", "doc": "An order.",
         "fields": [
           {"name": "id", "type": "string", "doc": "The order's id."},
           {"name": "email", "type": ["null", "string"], "default": null,
            "aliases": ["mail", "eMail"]},
           {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal",
            "precision": 10, "scale": 2}, "default": "\\u0000"},
           {"name": "tags", "type": {"type": "array", "items": "string"}, "default": []}]}""");
    RecordType order = (RecordType) model.root();
    assertThat(order.name()).isEqualTo("shop.Order");
    assertThat(order.isOpen()).as("Avro data carries exactly the writer's fields").isFalse();
    assertThat(order.fields()).extracting(Field::required).containsOnly(true);
    assertThat(order.field("id").description()).isEqualTo("The order's id.");
    Field email = order.field("email");
    assertThat(email.defaultValue()).isEqualTo("null");
    assertThat(email.aliases()).containsExactlyInAnyOrder("mail", "eMail");
    assertThat(email.type().isNullable()).isTrue();
    assertThat(email.type().withoutNull()).isEqualTo(ScalarType.of(ScalarKind.STRING));
    assertThat(order.field("amount").defaultValue()).as("the default's JSON as written")
        .isEqualTo("\"\\u0000\"");
    assertThat(order.field("tags").defaultValue()).isEqualTo("[]");
    assertThat(order.field("id").defaultValue()).isNull();
  }

  @Test
  void primitives() {
    assertThat(field("\"null\"")).isEqualTo(ScalarType.of(ScalarKind.NULL));
    assertThat(field("\"boolean\"")).isEqualTo(ScalarType.of(ScalarKind.BOOLEAN));
    assertThat(field("\"int\"")).isEqualTo(ScalarType.of(ScalarKind.INT32));
    assertThat(field("\"long\"")).isEqualTo(ScalarType.of(ScalarKind.INT64));
    assertThat(field("\"float\"")).isEqualTo(ScalarType.of(ScalarKind.FLOAT));
    assertThat(field("\"double\"")).isEqualTo(ScalarType.of(ScalarKind.DOUBLE));
    assertThat(field("\"string\"")).isEqualTo(ScalarType.of(ScalarKind.STRING));
    assertThat(field("\"bytes\"")).isEqualTo(ScalarType.of(ScalarKind.BYTES));
  }

  @Test
  void fixedIsBytesOfItsSize() {
    DataType fixed = field("{\"type\": \"fixed\", \"name\": \"Md5\", \"size\": 16}");
    assertThat(fixed.typeName()).isEqualTo("bytes");
    assertThat(fixed.constraints().minLength()).isEqualTo(16);
    assertThat(fixed.constraints().maxLength()).isEqualTo(16);
  }

  @Test
  void logicalTypes() {
    assertThat(field("{\"type\": \"int\", \"logicalType\": \"date\"}"))
        .isEqualTo(ScalarType.of(ScalarKind.DATE));
    assertThat(field("{\"type\": \"int\", \"logicalType\": \"time-millis\"}"))
        .isEqualTo(new TimeType(TimeUnit.MILLIS));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"time-micros\"}"))
        .isEqualTo(new TimeType(TimeUnit.MICROS));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"timestamp-millis\"}"))
        .isEqualTo(new TimestampType(TimeUnit.MILLIS, true));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"timestamp-micros\"}"))
        .isEqualTo(new TimestampType(TimeUnit.MICROS, true));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"timestamp-nanos\"}"))
        .isEqualTo(new TimestampType(TimeUnit.NANOS, true));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"local-timestamp-millis\"}"))
        .isEqualTo(new TimestampType(TimeUnit.MILLIS, false));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"local-timestamp-micros\"}"))
        .isEqualTo(new TimestampType(TimeUnit.MICROS, false));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"local-timestamp-nanos\"}"))
        .isEqualTo(new TimestampType(TimeUnit.NANOS, false));
    assertThat(field("{\"type\": \"string\", \"logicalType\": \"uuid\"}"))
        .isEqualTo(ScalarType.of(ScalarKind.UUID));
    assertThat(field("{\"type\": \"fixed\", \"name\": \"U\", \"size\": 16, \"logicalType\": "
        + "\"uuid\"}")).isEqualTo(ScalarType.of(ScalarKind.UUID));
    assertThat(field("{\"type\": \"bytes\", \"logicalType\": \"decimal\", \"precision\": 10, "
        + "\"scale\": 2}").typeName()).isEqualTo("decimal(10,2)");
    assertThat(field("{\"type\": \"fixed\", \"name\": \"D\", \"size\": 8, \"logicalType\": "
        + "\"decimal\", \"precision\": 12, \"scale\": 3}"))
        .isInstanceOf(DecimalType.class).extracting(DataType::typeName).isEqualTo("decimal(12,3)");
    assertThat(field("{\"type\": \"bytes\", \"logicalType\": \"big-decimal\"}").typeName())
        .as("the scale travels with each value").isEqualTo("decimal");
    DataType duration = field("{\"type\": \"fixed\", \"name\": \"Dur\", \"size\": 12, "
        + "\"logicalType\": \"duration\"}");
    assertThat(duration.typeName()).isEqualTo("bytes");
    assertThat(duration.constraints().format()).isEqualTo("duration");
  }

  @Test
  void invalidOrUnknownLogicalTypesAreIgnoredAsAvroIgnoresThem() {
    assertThat(field("{\"type\": \"bytes\", \"logicalType\": \"decimal\", \"precision\": 2, "
        + "\"scale\": 5}")).isEqualTo(ScalarType.of(ScalarKind.BYTES));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"date\"}"))
        .isEqualTo(ScalarType.of(ScalarKind.INT64));
    assertThat(field("{\"type\": \"long\", \"logicalType\": \"epoch-fortnights\"}"))
        .isEqualTo(ScalarType.of(ScalarKind.INT64));
  }

  @Test
  void enumsKeepTheirSymbolsAndDefault() {
    EnumType status = (EnumType) field("{\"type\": \"enum\", \"name\": \"Status\", \"namespace\":"
        + " \"shop\", \"symbols\": [\"UNKNOWN\", \"NEW\"], \"default\": \"UNKNOWN\"}");
    assertThat(status.name()).isEqualTo("shop.Status");
    assertThat(status.symbols()).containsExactly("UNKNOWN", "NEW");
    assertThat(status.defaultSymbol()).isEqualTo("UNKNOWN");
  }

  @Test
  void arraysMapsAndUnions() {
    assertThat(field("{\"type\": \"array\", \"items\": \"long\"}"))
        .isEqualTo(new ArrayType(ScalarType.of(ScalarKind.INT64), dev.treaty.model.Constraints.NONE));
    assertThat(field("{\"type\": \"map\", \"values\": \"double\"}")).isInstanceOf(MapType.class)
        .extracting(DataType::typeName).isEqualTo("map<double>");
    assertThat(field("[\"int\"]")).as("a union of one is its branch")
        .isEqualTo(ScalarType.of(ScalarKind.INT32));
    UnionType union = (UnionType) field("[\"null\", \"string\", \"long\"]");
    assertThat(union.branches()).hasSize(3);
    assertThat(union.isNullable()).isTrue();
  }

  @Test
  void unionBranchesAreAddressedByLabel() {
    SchemaModel model = model("""
        {"type": "record", "name": "Order", "fields": [{"name": "payment", "type": [
          {"type": "record", "name": "Card", "namespace": "pay",
           "fields": [{"name": "last4", "type": "string"}]},
          {"type": "record", "name": "Transfer", "namespace": "pay",
           "fields": [{"name": "iban", "type": "string"}]},
          "long"]}]}""");
    assertThat(model.find(FieldPath.parse("payment<Card>.last4"))).isPresent();
    assertThat(model.find(FieldPath.parse("payment<Transfer>.iban"))).isPresent();
    assertThat(model.find(FieldPath.parse("payment<int64>")))
        .contains(ScalarType.of(ScalarKind.INT64));
    assertThat(model.find(FieldPath.parse("payment.last4"))).as("only one branch has it")
        .isPresent();
  }

  @Test
  void recursiveTypesBecomeReferencesToTheirDefinition() {
    SchemaModel model = model("""
        {"type": "record", "name": "Node", "namespace": "tree", "fields": [
          {"name": "value", "type": "int"},
          {"name": "next", "type": ["null", "Node"], "default": null},
          {"name": "children", "type": {"type": "array", "items": "Node"}}]}""");
    assertThat(model.definitions()).containsOnlyKeys("tree.Node");
    assertThat(model.root()).isSameAs(model.definitions().get("tree.Node"));
    RecordType node = (RecordType) model.root();
    assertThat(node.field("next").type().withoutNull()).isEqualTo(new RefType("tree.Node"));
    assertThat(model.find(FieldPath.parse("next.next.children[].value")))
        .contains(ScalarType.of(ScalarKind.INT32));
    assertThat(model.entries()).as("a reference is entered once per path")
        .extracting(e -> e.path().toString()).containsExactly("value", "next", "next.value",
            "next.next", "next.children", "children", "children[].value", "children[].next",
            "children[].children");
  }

  @Test
  void aNamedTypeUsedTwiceIsMappedOnceAndShared() {
    SchemaModel model = model("""
        {"type": "record", "name": "Order", "fields": [
          {"name": "billing", "type": {"type": "record", "name": "Address",
            "fields": [{"name": "city", "type": "string"}]}},
          {"name": "shipping", "type": "Address"}]}""");
    assertThat(model.definitions()).as("not recursive: no definitions").isEmpty();
    RecordType order = (RecordType) model.root();
    assertThat(order.field("shipping").type()).isSameAs(order.field("billing").type());
    assertThat(model.entries()).extracting(e -> e.path().toString())
        .containsExactly("billing", "billing.city", "shipping", "shipping.city");
  }

  @Test
  void aUnionWithoutBranchesHasNoModel() {
    assertThatThrownBy(() -> model("{\"type\": \"record\", \"name\": \"R\", \"fields\": "
        + "[{\"name\": \"v\", \"type\": []}]}"))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("The schema has a union without branches (union []); no value can be "
            + "written with it, so Treaty has no model for it.");
    assertThat(AvroSchemas.compare("[]", "[\"int\"]")).as("it can still be compared")
        .isNotEmpty();
  }

  @Test
  void theModelOfAnElementIsThatType() {
    List<String> names = AvroSchemas.FORMAT.parse(dev.treaty.model.SourceFile.ofText(
            "events.avsc", """
                [{"type": "record", "name": "A", "fields": [{"name": "a", "type": "int"}]},
                 {"type": "record", "name": "B", "fields": [{"name": "b", "type": "int"}]}]"""),
        dev.treaty.spi.SchemaResolver.none(), "B").model().entries().stream()
        .map(e -> e.path().toString()).toList();
    assertThat(names).containsExactly("b");
  }
}

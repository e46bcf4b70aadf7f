package dev.treaty.internal.jsonschema.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.internal.jsonschema.JsonSchemas;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.EnumType;
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
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The mapping written down in docs/formats/json-schema.md, one example per line of it. */
class ModelMapperTest {

  private static final String ORDER = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "OrderPlaced",
        "type": "object",
        "properties": {
          "orderId": {"type": "string", "format": "uuid", "description": "The order"},
          "placedAt": {"type": "string", "format": "date-time"},
          "deliveryDate": {"type": "string", "format": "date"},
          "slot": {"type": "string", "format": "time"},
          "status": {"enum": ["PLACED", "CANCELLED"], "default": "PLACED"},
          "quantity": {"type": "integer", "minimum": 1, "maximum": 1000},
          "sequence": {"type": "integer", "format": "int64"},
          "big": {"type": "integer"},
          "amount": {"type": "number", "multipleOf": 0.01},
          "note": {"type": ["string", "null"], "maxLength": 200},
          "coupon": {"oneOf": [{"type": "string"}, {"type": "null"}]},
          "legacy": {"type": "string", "nullable": true},
          "image": {"type": "string", "contentEncoding": "base64"},
          "lines": {"type": "array", "items": {"$ref": "#/$defs/Line"}, "minItems": 1},
          "attributes": {"type": "object", "additionalProperties": {"type": "string"}},
          "payment": {"oneOf": [{"$ref": "#/$defs/Card"}, {"$ref": "#/$defs/Bank"}]},
          "category": {"$ref": "#/$defs/Category"},
          "gone": false
        },
        "required": ["orderId", "lines"],
        "additionalProperties": false,
        "$defs": {
          "Line": {"type": "object", "properties": {"sku": {"type": "string"}}, "required": ["sku"]},
          "Card": {"type": "object", "properties": {"number": {"type": "string"}}},
          "Bank": {"type": "object", "properties": {"iban": {"type": "string"}}},
          "Category": {"type": "object", "properties": {
              "name": {"type": "string"}, "parent": {"$ref": "#/$defs/Category"}}}
        }
      }
      """;

  private final SchemaModel model = JsonSchemas.parse("order.json", ORDER).model();

  private DataType at(String path) {
    return model.find(FieldPath.parse(path)).orElseThrow();
  }

  @Test
  void objectsAreRecordsWithRequiredFlagsAndOpenness() {
    RecordType root = (RecordType) model.root();
    assertThat(root.name()).isEqualTo("OrderPlaced");
    assertThat(root.isOpen()).isFalse();
    assertThat(root.field("orderId").required()).isTrue();
    assertThat(root.field("orderId").description()).isEqualTo("The order");
    assertThat(root.field("placedAt").required()).isFalse();
    assertThat(root.field("status").defaultValue()).isEqualTo("\"PLACED\"");
    assertThat(root.field("gone")).as("a property that accepts nothing").isNull();
  }

  @Test
  void formatsMapToLogicalTypes() {
    assertThat(at("orderId")).isEqualTo(ScalarType.of(ScalarKind.UUID));
    assertThat(at("placedAt")).isEqualTo(new TimestampType(TimeUnit.TEXT, true));
    assertThat(at("deliveryDate")).isEqualTo(new ScalarType(ScalarKind.DATE,
        dev.treaty.model.Constraints.NONE.withFormat("date")));
    assertThat(at("slot")).isEqualTo(new TimeType(TimeUnit.TEXT));
    assertThat(((ScalarType) at("image")).kind()).isEqualTo(ScalarKind.BYTES);
  }

  @Test
  void stringEnumsAreEnums() {
    assertThat(at("status")).isEqualTo(new EnumType(null, java.util.List.of("PLACED", "CANCELLED"), null));
  }

  @Test
  void integersAreSizedByTheirBoundsOrFormat() {
    ScalarType quantity = (ScalarType) at("quantity");
    assertThat(quantity.kind()).isEqualTo(ScalarKind.INT32);
    assertThat(quantity.constraints().minimum()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(((ScalarType) at("sequence")).kind()).isEqualTo(ScalarKind.INT64);
    assertThat(((ScalarType) at("big")).kind()).isEqualTo(ScalarKind.INTEGER);
    ScalarType amount = (ScalarType) at("amount");
    assertThat(amount.kind()).isEqualTo(ScalarKind.NUMBER);
    assertThat(amount.constraints().multipleOf()).isEqualByComparingTo("0.01");
  }

  @Test
  void everySpellingOfNullableIsAUnionWithNull() {
    for (String path : new String[] {"note", "coupon", "legacy"}) {
      DataType type = at(path);
      assertThat(type.isNullable()).as(path).isTrue();
      assertThat(type.withoutNull()).as(path).isInstanceOf(ScalarType.class);
      assertThat(((ScalarType) type.withoutNull()).kind()).as(path).isEqualTo(ScalarKind.STRING);
    }
    assertThat(((ScalarType) at("note").withoutNull()).constraints().maxLength()).isEqualTo(200);
  }

  @Test
  void arraysAndMaps() {
    ArrayType lines = (ArrayType) at("lines");
    assertThat(lines.constraints().minLength()).isEqualTo(1);
    assertThat(((RecordType) lines.items()).name()).isEqualTo("Line");
    assertThat(at("lines[].sku")).isEqualTo(ScalarType.of(ScalarKind.STRING));
    assertThat(at("attributes")).isEqualTo(new MapType(ScalarType.of(ScalarKind.STRING),
        dev.treaty.model.Constraints.NONE));
  }

  @Test
  void oneOfIsAUnionLabelledByDefinitionNames() {
    UnionType payment = (UnionType) at("payment");
    assertThat(payment.branches()).extracting(SchemaModel::branchLabel)
        .containsExactly("Card", "Bank");
    assertThat(at("payment<Card>.number")).isEqualTo(ScalarType.of(ScalarKind.STRING));
  }

  @Test
  void recursiveReferencesBecomeNamedDefinitions() {
    assertThat(at("category")).isInstanceOf(RecordType.class);
    assertThat(model.findField(FieldPath.parse("category")).orElseThrow().type())
        .isEqualTo(new RefType("Category"));
    RecordType category = (RecordType) model.definitions().get("Category");
    assertThat(category.field("parent").type()).isEqualTo(new RefType("Category"));
    assertThat(model.entries()).extracting(e -> e.path().toString())
        .contains("category.parent", "category.name");
  }

  @Test
  void schemaWithoutTypeMapsByItsKeywords() {
    SchemaModel untyped = JsonSchemas.parse("a.json",
        "{\"properties\": {\"id\": {\"type\": \"string\"}}}").model();
    assertThat(untyped.root()).isInstanceOf(RecordType.class);
    assertThat(((RecordType) untyped.root()).isOpen()).isTrue();
    assertThat(JsonSchemas.parse("b.json", "{}").model().root().typeName()).isEqualTo("any");
  }

  @Test
  void allOfMerges() {
    SchemaModel merged = JsonSchemas.parse("a.json", """
        {"allOf": [
          {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
          {"properties": {"b": {"type": "integer", "format": "int32"}}}
        ]}""").model();
    RecordType root = (RecordType) merged.root();
    assertThat(root.fields()).extracting(DataType.Field::name).containsExactly("a", "b");
    assertThat(root.field("a").required()).isTrue();
    assertThat(((ScalarType) root.field("b").type()).kind()).isEqualTo(ScalarKind.INT32);
  }
}

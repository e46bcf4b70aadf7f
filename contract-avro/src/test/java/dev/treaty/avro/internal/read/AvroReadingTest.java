package dev.treaty.avro.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.avro.AvroFormat;
import dev.treaty.avro.internal.ParsedAvroSchema;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaResolver;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reading {@code .avsc} files: every error names file, line and column (Avro's own messages have
 * none), named types come from files beside the schema, and the element selects a type.
 */
class AvroReadingTest {

  private static final AvroFormat FORMAT = new AvroFormat();

  private static ParsedSchema parse(String name, String text) {
    return FORMAT.parse(SourceFile.ofText(name, text), SchemaResolver.none(), null);
  }

  private static Problem problem(String name, String text) {
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, () -> parse(name, text));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
    return e.problems().get(0);
  }

  @Nested
  class ErrorsNameThePlace {

    @Test
    void malformedJson() {
      Problem problem = problem("order.avsc", """
          {"type": "record", "name": "Order",
           "fields": [{"name": "id" "type": "string"}]}""");
      assertThat(problem.location().toString()).isEqualTo("order.avsc:2:27");
      assertThat(problem.message()).contains("Unexpected character");
    }

    @Test
    void duplicateKeysAreRefused() {
      Problem problem = problem("order.avsc", """
          {"type": "record", "name": "Order", "type": "enum", "fields": []}""");
      assertThat(problem.location().toString()).isEqualTo("order.avsc:1:43");
      assertThat(problem.message()).contains("Duplicate field 'type'");
    }

    @Test
    void anUndefinedTypeIsFoundWhereItIsUsed() {
      Problem problem = problem("order.avsc", """
          {"type": "record", "name": "Order", "namespace": "shop",
           "fields": [
             {"name": "id", "type": "string"},
             {"name": "total", "type": "Money"}
           ]}""");
      assertThat(problem.location().toString()).isEqualTo("order.avsc:4:30");
      assertThat(problem.message()).isEqualTo("The type `shop.Money` is not defined here, nor in a "
          + "file beside order.avsc (looked for shop.Money.avsc, Money.avsc, shop/Money.avsc, "
          + "shop/Money.avsc from the root).");
    }

    @Test
    void aMistypedPrimitiveIsAnUndefinedType() {
      Problem problem = problem("order.avsc", """
          {"type": "record", "name": "Order", "fields": [
            {"name": "id", "type": "strin"}]}""");
      assertThat(problem.location().toString()).isEqualTo("order.avsc:2:26");
      assertThat(problem.message()).startsWith("The type `strin` is not defined here");
    }

    @Test
    void anInvalidDefaultPointsAtTheDefault() {
      Problem problem = problem("order.avsc", """
          {"type": "record", "name": "Order", "fields": [
            {"name": "id", "type": "string"},
            {"name": "quantity", "type": "int", "default": "one"}]}""");
      assertThat(problem.location().toString()).isEqualTo("order.avsc:3:50");
      assertThat(problem.location().pointer()).isEqualTo("/fields/1/default");
      assertThat(problem.message()).isEqualTo("Avro rejects the schema: Invalid default for field "
          + "quantity: \"one\" not a \"int\".");
    }

    @Test
    void aDuplicateFieldPointsAtItsSecondDeclaration() {
      Problem problem = problem("order.avsc", """
          {"type": "record", "name": "Order", "fields": [
            {"name": "id", "type": "string"},
            {"name": "id", "type": "long"}]}""");
      assertThat(problem.location().toString()).isEqualTo("order.avsc:3:3");
      assertThat(problem.message()).startsWith("Avro rejects the schema: Duplicate field id");
    }

    @Test
    void anIllegalNamePointsAtTheName() {
      Problem problem = problem("order.avsc", """
          {"type": "record", "name": "Order", "fields": [
            {"name": "line-items", "type": "string"}]}""");
      assertThat(problem.location().toString()).isEqualTo("order.avsc:2:12");
      assertThat(problem.message()).contains("Illegal character in: line-items");
    }

    @Test
    void aDuplicateSymbolPointsAtItsSecondOccurrence() {
      Problem problem = problem("status.avsc", """
          {"type": "enum", "name": "Status",
           "symbols": ["NEW", "PAID", "NEW"]}""");
      assertThat(problem.location().toString()).isEqualTo("status.avsc:2:29");
      assertThat(problem.message()).contains("Duplicate enum symbol: NEW");
    }

    @Test
    void anEnumDefaultOutsideItsSymbols() {
      Problem problem = problem("status.avsc", """
          {"type": "enum", "name": "Status", "symbols": ["NEW"],
           "default": "UNKNOWN"}""");
      assertThat(problem.location().toString()).isEqualTo("status.avsc:2:13");
    }

    @Test
    void aRecordWithoutFields() {
      Problem problem = problem("order.avsc", """
          [ "null",
            {"type": "record", "name": "Order"}]""");
      assertThat(problem.location().toString()).isEqualTo("order.avsc:2:3");
      assertThat(problem.message()).startsWith("Avro rejects the schema: Record has no fields");
    }

    @Test
    void aDuplicateUnionBranch() {
      Problem problem = problem("u.avsc", """
          {"type": "record", "name": "R", "fields": [
            {"name": "v", "type": ["null", "int", "int"]}]}""");
      assertThat(problem.location().toString()).isEqualTo("u.avsc:2:41");
    }

    @Test
    void emptyFileAndTrailingContent() {
      assertThat(problem("e.avsc", "").message()).isEqualTo("The schema file is empty.");
      Problem trailing = problem("t.avsc", "\"int\"\n\"long\"");
      assertThat(trailing.location().toString()).isEqualTo("t.avsc:2:1");
      assertThat(trailing.message()).isEqualTo("Unexpected content after the end of the schema.");
    }

    @Test
    void anUnknownMessageStillNamesTheFile() {
      Problem problem = problem("f.avsc", """
          {"type": "fixed", "name": "Hash", "size": -1}""");
      assertThat(problem.location().source()).isEqualTo("f.avsc");
      assertThat(problem.message()).startsWith("Avro rejects the schema:");
    }
  }

  @Nested
  class NamedTypesFromOtherFiles {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private void file(String name, String text) {
      files.put(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ParsedAvroSchema read(String root) {
      return (ParsedAvroSchema) FORMAT.parse(SourceFile.of(root, files.get(root)),
          SchemaResolver.of(files), null);
    }

    @Test
    void byFullNameBesideTheFile() {
      file("schemas/order.avsc", """
          {"type": "record", "name": "Order", "namespace": "shop",
           "fields": [{"name": "total", "type": "shop.Money"}]}""");
      file("schemas/shop.Money.avsc", """
          {"type": "record", "name": "Money", "namespace": "shop",
           "fields": [{"name": "cents", "type": "long"}]}""");
      ParsedAvroSchema schema = read("schemas/order.avsc");
      assertThat(schema.schema().getField("total").schema().getFullName()).isEqualTo("shop.Money");
      assertThat(schema.sources()).extracting(SourceFile::location)
          .containsExactly("schemas/order.avsc", "schemas/shop.Money.avsc");
    }

    @Test
    void bySimpleNameAndByNamespaceDirectoriesInAChain() {
      file("order.avsc", """
          {"type": "record", "name": "Order", "namespace": "shop",
           "fields": [{"name": "total", "type": "Money"}]}""");
      file("Money.avsc", """
          {"type": "record", "name": "Money", "namespace": "shop",
           "fields": [{"name": "currency", "type": "shop.iso.Currency"}]}""");
      file("shop/iso/Currency.avsc", """
          {"type": "enum", "name": "Currency", "namespace": "shop.iso",
           "symbols": ["EUR", "USD"]}""");
      ParsedAvroSchema schema = read("order.avsc");
      assertThat(schema.sources()).extracting(SourceFile::location)
          .containsExactly("order.avsc", "shop/iso/Currency.avsc", "Money.avsc");
      assertThat(schema.model().find(dev.treaty.model.FieldPath.parse("total.currency")))
          .hasValueSatisfying(t -> assertThat(t.typeName()).isEqualTo("enum"));
      assertThat(schema.read().pointerOf("shop.Money")).isEqualTo("Money.avsc#");
    }

    @Test
    void aFileThatDoesNotDefineTheName() {
      file("order.avsc", """
          {"type": "record", "name": "Order", "fields": [{"name": "total", "type": "Money"}]}""");
      file("Money.avsc", """
          {"type": "record", "name": "Amount", "fields": [{"name": "cents", "type": "long"}]}""");
      assertThatThrownBy(() -> read("order.avsc")).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("order.avsc:1:74: The type `Money` is not defined here, and "
              + "Money.avsc does not define it either.");
    }

    @Test
    void filesThatNeedEachOtherAreRefused() {
      file("a.avsc", """
          {"type": "record", "name": "A", "fields": [{"name": "b", "type": ["null", "B"]}]}""");
      file("B.avsc", """
          {"type": "record", "name": "B", "fields": [{"name": "a", "type": ["null", "A"]}]}""");
      file("A.avsc", files.get("a.avsc") == null ? "" : new String(files.get("a.avsc"),
          StandardCharsets.UTF_8));
      assertThatThrownBy(() -> read("a.avsc")).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("A.avsc and B.avsc need each other's types (`B`)");
    }

    @Test
    void anErrorInAReferencedFileNamesThatFile() {
      file("order.avsc", """
          {"type": "record", "name": "Order", "fields": [{"name": "total", "type": "Money"}]}""");
      file("Money.avsc", """
          {"type": "record", "name": "Money",
           "fields": [{"name": "cents", "type": "long", "default": "zero"}]}""");
      assertThatThrownBy(() -> read("order.avsc")).isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).location()
              .toString()).isEqualTo("Money.avsc:2:58"));
    }

    @Test
    void neverOutsideTheResolversRoot() {
      file("schemas/order.avsc", """
          {"type": "record", "name": "Order", "fields": [{"name": "total", "type": "Money"}]}""");
      file("Money.avsc", """
          {"type": "record", "name": "Money", "fields": [{"name": "cents", "type": "long"}]}""");
      assertThatThrownBy(() -> read("schemas/order.avsc"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("not defined here, nor in a file beside schemas/order.avsc");
    }
  }

  @Nested
  class TheElement {

    private static final String EVENTS = """
        [{"type": "record", "name": "OrderPlaced", "namespace": "shop",
          "fields": [{"name": "id", "type": "string"}]},
         {"type": "record", "name": "OrderCancelled", "namespace": "shop",
          "fields": [{"name": "id", "type": "string"}, {"name": "reason", "type": "string"}]}]""";

    private ParsedAvroSchema read(String element) {
      return (ParsedAvroSchema) FORMAT.parse(SourceFile.ofText("events.avsc", EVENTS),
          SchemaResolver.none(), element);
    }

    @Test
    void withoutAnElementTheFilesSchemaIsTheUnion() {
      assertThat(read(null).schema().getType()).isEqualTo(org.apache.avro.Schema.Type.UNION);
    }

    @Test
    void selectsANamedTypeByFullOrUniqueSimpleName() {
      assertThat(read("shop.OrderCancelled").schema().getFields()).hasSize(2);
      assertThat(read("OrderPlaced").schema().getFullName()).isEqualTo("shop.OrderPlaced");
    }

    @Test
    void anUnknownElementListsTheTypes() {
      assertThatThrownBy(() -> read("shop.OrderShipped"))
          .isInstanceOf(InvalidDefinitionException.class)
          .hasMessage("Schema element `shop.OrderShipped` names no type in events.avsc; it "
              + "defines [shop.OrderCancelled, shop.OrderPlaced].");
    }
  }

  @Test
  void readsWhatAvroReads() {
    ParsedAvroSchema schema = (ParsedAvroSchema) parse("order.avsc", """
        {"type": "record", "name": "Order", "namespace": "shop", "fields": [
          {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
          {"name": "next", "type": ["null", "Order"], "default": null}]}""");
    assertThat(schema.formatId()).isEqualTo("avro");
    assertThat(schema.source().location()).isEqualTo("order.avsc");
    assertThat(schema.schema().getFullName()).isEqualTo("shop.Order");
    assertThat(List.of(schema.sources().get(0))).containsExactly(schema.source());
  }
}

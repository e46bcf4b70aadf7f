package dev.treaty.internal.jsonschema.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.internal.jsonschema.JsonSchemaFormat;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.TreatyException;
import dev.treaty.model.UnsupportedFeatureException;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaResolver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading schemas: errors with their place, drafts, references resolved offline or refused. */
class SchemaReadingTest {

  private static final JsonSchemaFormat FORMAT = new JsonSchemaFormat();

  private static ParsedSchema parse(String name, String text) {
    return FORMAT.parse(SourceFile.ofText(name, text), SchemaResolver.none(), null);
  }

  private static Problem onlyProblem(TreatyException e) {
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() {
    assertThatThrownBy(() -> parse("order.schema.json", "{\n  \"type\": \"object\",\n  \"properties\": {,}\n}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          Problem problem = onlyProblem(e);
          assertThat(problem.location().source()).isEqualTo("order.schema.json");
          assertThat(problem.location().line()).isEqualTo(3);
          assertThat(problem.location().column()).isEqualTo(18);
          assertThat(e.getMessage()).contains("order.schema.json:3:18");
        });
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> parse("a.json", "{\"type\": \"string\",\n \"type\": \"number\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(onlyProblem(e).location().line()).isEqualTo(2));
  }

  @Test
  void malformedYamlNamesLineAndColumn() {
    assertThatThrownBy(() -> parse("order.schema.yaml", "type: object\nproperties:\n  a: [1, 2\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(onlyProblem(e).location().source()).isEqualTo("order.schema.yaml");
          assertThat(onlyProblem(e).location().line()).isGreaterThan(0);
        });
  }

  @Test
  void yamlSchemasAreRead() {
    ParsedSchema schema = parse("order.schema.yaml",
        "type: object\nproperties:\n  id: {type: string}\nrequired: [id]\n");
    assertThat(schema.model().root().typeName()).isEqualTo("record");
  }

  @Test
  void misspelledKeywordValuesAreErrorsWithTheirPlace() {
    assertThatThrownBy(() -> parse("a.json", "{\n  \"properties\": {\n    \"id\": {\"type\": \"strin\"}\n  },\n  \"minLength\": \"5\"\n}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).hasSize(2);
          assertThat(e.problems().get(0).message()).contains("Unknown type `strin`");
          assertThat(e.problems().get(0).location().line()).isEqualTo(3);
          assertThat(e.problems().get(0).location().pointer()).isEqualTo("/properties/id/type");
          assertThat(e.problems().get(1).message()).contains("`minLength` must be a non-negative integer");
          assertThat(e.problems().get(1).location().line()).isEqualTo(5);
        });
  }

  @Test
  void draftSpellingsAreCheckedAgainstTheDeclaredDraft() {
    assertThatThrownBy(() -> parse("a.json", "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
        + " \"minimum\": 1, \"exclusiveMinimum\": true}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(onlyProblem(e).message()).contains("is a number since draft-06"));
    assertThatThrownBy(() -> parse("a.json", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"items\": [{\"type\": \"string\"}]}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(onlyProblem(e).message()).contains("prefixItems"));
  }

  @Test
  void undeclaredDraftAcceptsEarlierSpellings() {
    ParsedSchema schema = parse("a.json", "{\"type\": \"array\", \"items\": [{\"type\": \"string\"}],"
        + " \"additionalItems\": false, \"minimum\": 1, \"exclusiveMinimum\": true}");
    assertThat(schema.model().root().typeName()).isEqualTo("array<string>");
  }

  @Test
  void draftsAreDetectedFromSchemaUri() {
    for (Map.Entry<String, Draft> entry : Map.of(
        "http://json-schema.org/draft-04/schema#", Draft.DRAFT_4,
        "http://json-schema.org/draft-06/schema#", Draft.DRAFT_6,
        "http://json-schema.org/draft-07/schema", Draft.DRAFT_7,
        "https://json-schema.org/draft/2019-09/schema", Draft.DRAFT_2019_09,
        "https://json-schema.org/draft/2020-12/schema", Draft.DRAFT_2020_12).entrySet()) {
      SchemaGraph graph = SchemaGraph.load(SourceFile.ofText("a.json",
          "{\"$schema\": \"" + entry.getKey() + "\"}"), SchemaResolver.none(), null);
      assertThat(graph.root().draft()).isEqualTo(entry.getValue());
      assertThat(graph.root().document().tolerant()).isFalse();
    }
    SchemaGraph undeclared = SchemaGraph.load(SourceFile.ofText("a.json", "{}"),
        SchemaResolver.none(), null);
    assertThat(undeclared.root().draft()).isEqualTo(Draft.DRAFT_2020_12);
    assertThat(undeclared.root().document().tolerant()).isTrue();
  }

  @Test
  void unknownDialectIsUnsupportedWithItsPlace() {
    assertThatThrownBy(() -> parse("a.json", "{\n \"$schema\": \"https://example.com/my-dialect\"\n}"))
        .isInstanceOfSatisfying(UnsupportedFeatureException.class,
            e -> assertThat(onlyProblem(e).location().line()).isEqualTo(2));
  }

  @Test
  void remoteReferenceIsRefusedNamingUriAndPlace() {
    String schema = "{\n  \"properties\": {\n    \"money\": {\"$ref\": \"https://schemas.example.com/money.json#/$defs/Amount\"}\n  }\n}";
    assertThatThrownBy(() -> parse("order.json", schema))
        .isInstanceOfSatisfying(UnsupportedFeatureException.class, e -> {
          Problem problem = onlyProblem(e);
          assertThat(problem.message()).contains("https://schemas.example.com/money.json");
          assertThat(problem.location().source()).isEqualTo("order.json");
          assertThat(problem.location().line()).isEqualTo(3);
          assertThat(problem.location().column()).isEqualTo(23);
          assertThat(e.getMessage()).contains("never fetches").contains("order.json:3:23");
        });
  }

  @Test
  void relativeReferencesAreReadBesideTheSchema() {
    SchemaResolver files = SchemaResolver.of(Map.of(
        "schemas/common/money.json", bytes("{\"$defs\": {\"Amount\": {\"type\": \"number\"}}}")));
    ParsedSchema schema = FORMAT.parse(SourceFile.ofText("schemas/order.json",
        "{\"type\": \"object\", \"properties\": {\"total\": {\"$ref\": \"common/money.json#/$defs/Amount\"}}}"),
        files, null);
    assertThat(schema.sources()).extracting(SourceFile::location)
        .containsExactly("schemas/order.json", "schemas/common/money.json");
    assertThat(schema.model().findField(dev.treaty.model.FieldPath.parse("total")))
        .hasValueSatisfying(f -> assertThat(f.type().typeName()).isEqualTo("number"));
  }

  @Test
  void relativeReferencesUnderAnAbsoluteIdStayLocal() {
    SchemaResolver files = SchemaResolver.of(Map.of("money.json",
        bytes("{\"$id\": \"https://example.com/schemas/money.json\", \"type\": \"number\"}")));
    ParsedSchema schema = FORMAT.parse(SourceFile.ofText("order.json",
        "{\"$id\": \"https://example.com/schemas/order.json\", \"properties\": {\"total\": {\"$ref\": \"money.json\"}}}"),
        files, null);
    assertThat(schema.sources()).hasSize(2);
  }

  @Test
  void missingFileBesideIsAnErrorWithItsPlace() {
    assertThatThrownBy(() -> parse("order.json", "{\"$ref\": \"missing.json\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(onlyProblem(e).message()).contains("missing.json").contains("not beside"));
  }

  @Test
  void referenceToNothingIsAnErrorWithItsPlace() {
    assertThatThrownBy(() -> parse("a.json", "{\n  \"$ref\": \"#/definitions/Missing\"\n}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(onlyProblem(e).message()).contains("points to nothing");
          assertThat(onlyProblem(e).location().line()).isEqualTo(2);
        });
  }

  @Test
  void idAndAnchorReferencesResolve() {
    ParsedSchema draft7 = parse("a.json", "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
        + " \"properties\": {\"home\": {\"$ref\": \"#Address\"}},"
        + " \"definitions\": {\"Address\": {\"$id\": \"#Address\", \"type\": \"object\"}}}");
    assertThat(draft7.model().findField(dev.treaty.model.FieldPath.parse("home"))).isPresent();
    ParsedSchema anchor = parse("a.json", "{\"properties\": {\"home\": {\"$ref\": \"#addr\"}},"
        + " \"$defs\": {\"Address\": {\"$anchor\": \"addr\", \"type\": \"string\"}}}");
    assertThat(anchor.model().findField(dev.treaty.model.FieldPath.parse("home")))
        .hasValueSatisfying(f -> assertThat(f.type().typeName()).isEqualTo("string"));
  }

  @Test
  void referenceCycleWithoutSchemaIsRefused() {
    assertThatThrownBy(() -> parse("a.json", "{\"$ref\": \"#/$defs/a\", \"$defs\": {"
        + "\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}}}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).message()).contains("`$ref` cycle"));
  }

  @Test
  void recursionThroughPropertiesIsFine() {
    ParsedSchema schema = parse("a.json", "{\"$ref\": \"#/$defs/Node\", \"$defs\": {\"Node\": {"
        + "\"type\": \"object\", \"properties\": {\"next\": {\"$ref\": \"#/$defs/Node\"}}}}}");
    assertThat(schema.model().definitions()).containsKey("Node");
  }

  @Test
  void tenThousandNestedArraysFailFastWithAPlace() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    long start = System.nanoTime();
    assertThatThrownBy(() -> parse("deep.json", deep))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(onlyProblem(e).location().line()).isEqualTo(1));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void deeplyNestedYamlFailsFast() {
    String deep = "a: ".repeat(2_000) + "1";
    assertThatThrownBy(() -> parse("deep.yaml", deep)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void hugeFileIsRefusedWithItsSize() {
    byte[] huge = new byte[dev.treaty.internal.document.DocumentReader.MAX_DOCUMENT_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertThatThrownBy(() -> FORMAT.parse(SourceFile.of("huge.json", huge), SchemaResolver.none(), null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(onlyProblem(e).message()).contains("MB"));
  }

  @Test
  void elementSelectsASubschema() {
    SourceFile file = SourceFile.ofText("events.json", "{\"$defs\": {\"OrderPlaced\": {\"type\": \"object\","
        + " \"properties\": {\"id\": {\"type\": \"string\"}}}}}");
    ParsedSchema schema = FORMAT.parse(file, SchemaResolver.none(), "/$defs/OrderPlaced");
    assertThat(schema.model().findField(dev.treaty.model.FieldPath.parse("id"))).isPresent();
    assertThat(FORMAT.parse(file, SchemaResolver.none(), "#/$defs/OrderPlaced").model())
        .isEqualTo(schema.model());
    assertThatThrownBy(() -> FORMAT.parse(file, SchemaResolver.none(), "/$defs/Missing"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("/$defs/Missing");
  }

  @Test
  void booleanRootSchemasAreRead() {
    assertThat(parse("t.json", "true").model().root().typeName()).isEqualTo("any");
  }

  @Test
  void nonSchemaRootIsAnError() {
    assertThatThrownBy(() -> parse("a.json", "[1, 2]"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(onlyProblem(e).message()).contains("object or a boolean"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

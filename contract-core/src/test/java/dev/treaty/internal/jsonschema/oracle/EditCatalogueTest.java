package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EditCatalogueTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<SchemaPair> pairs;

  @BeforeAll
  static void editEveryBase() {
    pairs = ApitomyBases.editPairs();
  }

  @Test
  void everyEditChangesTheSchemaAndTheValidatorCanReadIt() {
    assertThat(pairs).hasSizeGreaterThan(1000);
    for (SchemaPair pair : pairs) {
      assertThat(pair.current()).as(pair.id()).isNotEqualTo(pair.previous());
      assertThat(SchemaDocument.of(pair.current()).problem()).as(pair.id()).isEmpty();
    }
  }

  @Test
  void idsAreUniqueAndNameBaseDraftLocationAndEdit() {
    Set<String> ids = new HashSet<>();
    for (SchemaPair pair : pairs) {
      assertThat(ids.add(pair.id())).as("duplicate %s", pair.id()).isTrue();
    }
    assertThat(ids).contains("object @draft-07 /properties/b raise minimum",
        "closed object @2020-12 / remove property a", "closed tuple @2020-12 / add tuple item",
        "definitions through $ref @draft-04 /definitions/s lower maxLength",
        "anyOf @draft-07 /anyOf/1 wrap in nullable anyOf");
  }

  @Test
  void everyEditAppliesSomewhere() {
    Set<String> used = new HashSet<>();
    for (SchemaPair pair : pairs) {
      for (SchemaEdit edit : EditCatalogue.EDITS) {
        if (pair.id().contains(" " + edit.name())) {
          used.add(edit.name());
        }
      }
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(
        EditCatalogue.EDITS.stream().map(SchemaEdit::name).toList());
  }

  @Test
  void editsTheSubschemaInPlace() throws IOException {
    List<SchemaPair> edited = EditCatalogue.pairs("enum", "2020-12",
        JSON.readTree("{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\", \"enum\": [1, 2, 3]}}}"));
    SchemaPair added = edited.stream().filter(p -> p.id().equals("enum @2020-12 /properties/n add enum value"))
        .findFirst().orElseThrow();
    assertThat(added.previous()).isEqualTo(JSON.readTree("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"n": {"type": "integer", "enum": [1, 2, 3]}}}"""));
    assertThat(added.current()).isEqualTo(JSON.readTree("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"n": {"type": "integer", "enum": [1, 2, 3, 4]}}}"""));
  }

  @Test
  void booleanReplacementsAvoidBooleanSchemasInDraft4() throws IOException {
    List<SchemaPair> edited = EditCatalogue.pairs("s", "draft-04",
        JSON.readTree("{\"properties\": {\"a\": {\"type\": \"string\"}}}"));
    assertThat(edited).filteredOn(p -> p.id().equals("s @draft-04 /properties/a replace with false"))
        .singleElement().satisfies(p -> assertThat(p.current().at("/properties/a"))
            .isEqualTo(JSON.readTree("{\"not\": {}}")));
  }

  @Test
  void sampleSpreadsOverAllPairs() {
    List<SchemaPair> sample = ApitomyBases.sample(pairs, 10);
    assertThat(sample).hasSize(10).doesNotHaveDuplicates();
    assertThat(sample.get(0)).isEqualTo(pairs.get(0));
    assertThat(sample.get(9)).isEqualTo(pairs.get(9 * pairs.size() / 10));
    assertThat(ApitomyBases.sample(pairs, pairs.size() + 1)).isEqualTo(pairs);
  }
}

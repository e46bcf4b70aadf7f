package dev.treaty.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official ODCS v3.1.0 JSON Schema from the shared corpus (never copied into the repository),
 * for checking that every document Treaty writes is a valid ODCS contract.
 */
public final class OfficialOdcsSchema {

  private static Schema schema;

  private OfficialOdcsSchema() {}

  /**
   * Validates a YAML contract against the official schema, with YAML scalars kept as strings.
   *
   * @param yaml the contract
   * @return the validator's messages; empty when valid
   */
  public static List<String> validate(String yaml) {
    try {
      JsonNode node = new YAMLMapper().readTree(yaml);
      return schema().validate(node).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loaded on first use, so a missing corpus skips the test that needs it instead of failing the class. */
  private static synchronized Schema schema() {
    if (schema == null) {
      schema = load();
    }
    return schema;
  }

  private static Schema load() {
    try {
      JsonNode schema = new ObjectMapper().readTree(
          Corpus.resolve("odcs/schema/odcs-json-schema-v3.1.0.json").toFile());
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
              builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)))
          .getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

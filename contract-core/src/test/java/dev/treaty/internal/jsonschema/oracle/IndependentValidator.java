package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * A validator the tests build without {@link SchemaDocument}, so that a bug there cannot make a
 * broken generator look right: the plain networknt way, remote fetching off, formats asserted.
 */
final class IndependentValidator {

  private final Schema schema;

  IndependentValidator(JsonNode schemaNode) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemaLoader(loader -> loader.fetchRemoteResources(false))
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    this.schema = registry.getSchema(schemaNode);
  }

  boolean accepts(JsonNode instance) {
    return schema.validate(instance).isEmpty();
  }

  String errors(JsonNode instance) {
    return schema.validate(instance).toString();
  }
}

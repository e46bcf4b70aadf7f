package dev.treaty.internal.jsonschema;

import dev.treaty.internal.jsonschema.model.ModelMapper;
import dev.treaty.internal.jsonschema.read.SchemaGraph;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import java.util.List;

/**
 * A JSON Schema read by {@link JsonSchemaFormat}: the loaded graph with every reference
 * resolved, and its model, computed once.
 */
final class ParsedJsonSchema implements ParsedSchema {

  private final SchemaGraph graph;
  private final SchemaModel model;

  ParsedJsonSchema(SchemaGraph graph) {
    this.graph = graph;
    this.model = ModelMapper.map(graph.root());
  }

  SchemaNode root() {
    return graph.root();
  }

  @Override
  public String formatId() {
    return JsonSchemaFormat.ID;
  }

  @Override
  public SourceFile source() {
    return graph.sources().get(0);
  }

  @Override
  public List<SourceFile> sources() {
    return graph.sources();
  }

  @Override
  public SchemaModel model() {
    return model;
  }
}

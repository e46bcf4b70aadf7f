package dev.treaty.internal.jsonschema;

import dev.treaty.internal.jsonschema.compare.Comparison;
import dev.treaty.internal.jsonschema.compare.Findings;
import dev.treaty.internal.jsonschema.read.SchemaGraph;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.RuleDescriptor;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaFormat;
import dev.treaty.spi.SchemaResolver;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JSON Schema (drafts 4, 6, 7, 2019-09 and 2020-12; 2020-12 when {@code $schema} is absent), in
 * JSON or YAML. Reads offline, maps into the neutral model, and compares two versions with the
 * rules of {@link JsonSchemaRule}.
 */
public final class JsonSchemaFormat implements SchemaFormat {

  /** The format's id. */
  public static final String ID = "json-schema";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String rulePrefix() {
    return "json";
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of(".json", ".schema.json", ".schema.yaml", ".schema.yml");
  }

  @Override
  public ParsedSchema parse(SourceFile source, SchemaResolver resolver, @Nullable String element) {
    return new ParsedJsonSchema(SchemaGraph.load(source, resolver, element));
  }

  @Override
  public List<Finding> compare(ParsedSchema previous, ParsedSchema current,
      EvolutionPolicy policy) {
    Comparison comparison = new Comparison(policy, JsonSchemaRules.LOCATION,
        JsonSchemaRules.PAIR);
    return Findings.of(comparison.run(own(previous).root(), own(current).root()));
  }

  @Override
  public List<RuleDescriptor> rules() {
    return JsonSchemaRule.descriptors();
  }

  private static ParsedJsonSchema own(ParsedSchema schema) {
    if (schema instanceof ParsedJsonSchema json) {
      return json;
    }
    throw new InvalidDefinitionException("A " + schema.formatId() + " schema cannot be compared "
        + "by the " + ID + " format; compare schemas of one format.");
  }
}

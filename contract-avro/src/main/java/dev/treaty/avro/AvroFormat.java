package dev.treaty.avro;

import dev.treaty.avro.internal.AvroEvolution;
import dev.treaty.avro.internal.ParsedAvroSchema;
import dev.treaty.avro.internal.read.AvroReader;
import dev.treaty.avro.internal.rules.AvroRule;
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
 * Apache Avro schemas ({@code .avsc}). Reads a schema with Avro's own parser (defaults validated,
 * named types from other files beside it resolved), maps it into the neutral model, and compares
 * two versions by Avro's resolution rules in each direction — and beyond them, wherever a value
 * would decode with another meaning (a timestamp unit, a decimal scale, a rounding promotion).
 *
 * <p>Registered for {@link java.util.ServiceLoader}; applications do not use it directly.
 * Stateless and thread-safe. The evolution policy makes no difference: Avro records are closed.
 */
public final class AvroFormat implements SchemaFormat {

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public AvroFormat() {
    // stateless
  }

  @Override
  public String id() {
    return ParsedAvroSchema.FORMAT_ID;
  }

  @Override
  public String rulePrefix() {
    return "avro";
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of(".avsc");
  }

  @Override
  public ParsedSchema parse(SourceFile source, SchemaResolver resolver, @Nullable String element) {
    return new ParsedAvroSchema(AvroReader.read(source, resolver, element));
  }

  @Override
  public List<Finding> compare(ParsedSchema previous, ParsedSchema current,
      EvolutionPolicy policy) {
    return AvroEvolution.compare(own(previous), own(current));
  }

  @Override
  public List<RuleDescriptor> rules() {
    return AvroRule.descriptors();
  }

  private static ParsedAvroSchema own(ParsedSchema schema) {
    if (schema instanceof ParsedAvroSchema avro) {
      return avro;
    }
    throw new InvalidDefinitionException("A " + schema.formatId() + " schema cannot be compared "
        + "by the " + ParsedAvroSchema.FORMAT_ID + " format; compare schemas of one format.");
  }
}

package dev.treaty.avro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaResolver;
import java.util.List;

/** Reads and compares Avro schemas given as text, for tests. */
public final class AvroSchemas {

  /** The format under test. */
  public static final AvroFormat FORMAT = new AvroFormat();

  private AvroSchemas() {}

  /**
   * Reads a schema that stands alone.
   *
   * @param name the file name
   * @param text the schema
   * @return the parsed schema
   */
  public static ParsedSchema parse(String name, String text) {
    return FORMAT.parse(SourceFile.ofText(name, text), SchemaResolver.none(), null);
  }

  /**
   * Compares two schemas.
   *
   * @param older the old schema's text
   * @param newer the new schema's text
   * @return the findings
   */
  public static List<Finding> compare(String older, String newer) {
    return FORMAT.compare(parse("old.avsc", older), parse("new.avsc", newer),
        EvolutionPolicy.STRICT);
  }

  /**
   * A corpus schema as text, every record without a name given the same placeholder name (Avro's
   * tests build such records in code; its parser refuses them).
   *
   * @param schema the schema's JSON
   * @return the schema's text
   */
  public static String named(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    name(copy);
    return copy.toString();
  }

  private static void name(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("type").asText("").equals("record") && !object.has("name")) {
        object.put("name", "AnonymousRecord");
      }
      object.properties().forEach(e -> name(e.getValue()));
    } else if (node instanceof ArrayNode array) {
      array.forEach(AvroSchemas::name);
    }
  }

  /**
   * The verdict of findings for one direction: the most severe classification.
   *
   * @param findings the findings
   * @param backward {@code true} for backward, {@code false} for forward
   * @return BREAKING if any breaks, else UNDECIDABLE if any is undecidable, else COMPATIBLE
   */
  public static Classification verdict(List<Finding> findings, boolean backward) {
    Classification result = Classification.COMPATIBLE;
    for (Finding finding : findings) {
      Classification c = backward ? finding.backward() : finding.forward();
      if (c == Classification.BREAKING
          || (c == Classification.UNDECIDABLE && result == Classification.COMPATIBLE)) {
        result = c;
      }
    }
    return result;
  }
}

package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Where object and array shapes get the values of their parts, and the checks on them. */
interface PartSource {

  /**
   * Valid values for a part (a property, an item) that must satisfy every subschema given.
   *
   * @param conjunction the subschemas that apply to the part; empty means anything goes
   * @param depth the part's nesting depth
   * @return the values, each accepted by every subschema of the conjunction
   */
  List<JsonNode> values(List<Site> conjunction, int depth);

  /** Whether the subschema at a site accepts a value (for property names). */
  boolean accepts(Site site, JsonNode value);

  /** The seed for choices inside a part. */
  long seed();

  /** Whether parts at this depth get only minimal shapes. */
  boolean minimal(int depth);

  Vocabulary vocabulary();
}

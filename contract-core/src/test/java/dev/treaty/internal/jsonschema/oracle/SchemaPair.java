package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Two versions of a schema, as a corpus case or an edit names them.
 *
 * @param id a name unique within its corpus, for reports
 * @param previous the earlier version (Apicurio's {@code original}, getsentry's {@code lhs})
 * @param current the later version ({@code updated}, {@code rhs})
 */
record SchemaPair(String id, JsonNode previous, JsonNode current) {

  SchemaPair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
  }
}

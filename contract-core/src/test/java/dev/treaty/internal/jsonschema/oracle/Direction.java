package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The two directions of a schema change, as in {@code DESIGN.md}: BACKWARD means consumers on the
 * new schema read data written with the old one (old writes, new reads); FORWARD means consumers
 * on the old schema read data written with the new one.
 */
enum Direction {
  BACKWARD,
  FORWARD;

  /** The schema data is written with in this direction. */
  JsonNode writer(SchemaPair pair) {
    return this == BACKWARD ? pair.previous() : pair.current();
  }

  /** The schema data is read with in this direction. */
  JsonNode reader(SchemaPair pair) {
    return this == BACKWARD ? pair.current() : pair.previous();
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

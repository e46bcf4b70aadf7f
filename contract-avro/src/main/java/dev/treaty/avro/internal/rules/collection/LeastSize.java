package dev.treaty.avro.internal.rules.collection;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * The fewest bytes a value of a schema takes in Avro's binary encoding, computed as Avro 1.12's
 * Java decoder computes it for its collection check: nothing for null, four for a float, eight for
 * a double, the size of a fixed, the sum of its fields for a record (a record inside itself counts
 * nothing), one byte for everything else.
 */
final class LeastSize {

  private LeastSize() {}

  static long of(Schema schema) {
    return of(schema, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static long of(Schema schema, Set<Schema> open) {
    return switch (schema.getType()) {
      case NULL -> 0;
      case FLOAT -> 4;
      case DOUBLE -> 8;
      case FIXED -> schema.getFixedSize();
      case RECORD -> {
        if (!open.add(schema)) {
          yield 0;
        }
        long sum = 0;
        for (Schema.Field field : schema.getFields()) {
          sum = Math.min(Integer.MAX_VALUE, sum + of(field.schema(), open));
        }
        open.remove(schema);
        yield sum;
      }
      default -> 1;
    };
  }
}

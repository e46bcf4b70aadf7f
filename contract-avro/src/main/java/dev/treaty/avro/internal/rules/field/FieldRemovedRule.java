package dev.treaty.avro.internal.rules.field;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.compare.FieldMatch;
import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.model.AvroTypes;
import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A field the new record has no counterpart for. Old readers fill it from their default when they
 * read new data; without a default they fail. New readers skip it in old data.
 */
public final class FieldRemovedRule implements PairRule {

  @Override
  public void check(Pair pair) {
    for (FieldMatch match : pair.fields()) {
      Schema.Field removed = match.older();
      if (match.newer() != null || removed == null) {
        continue;
      }
      String value = AvroTypes.defaultJson(removed);
      pair.report(value == null ? AvroRule.FIELD_REMOVED_WITHOUT_DEFAULT
              : AvroRule.FIELD_REMOVED_WITH_DEFAULT, match.path(), match.pointer(), value, null,
          Map.of(), COMPATIBLE, value == null ? BREAKING : COMPATIBLE);
    }
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.FIELD_REMOVED_WITH_DEFAULT, AvroRule.FIELD_REMOVED_WITHOUT_DEFAULT);
  }
}

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
 * A field the old record has no counterpart for. New readers fill it from its default when they
 * read old data; without a default they fail. Old readers skip it.
 */
public final class FieldAddedRule implements PairRule {

  @Override
  public void check(Pair pair) {
    for (FieldMatch match : pair.fields()) {
      Schema.Field added = match.newer();
      if (match.older() != null || added == null) {
        continue;
      }
      String value = AvroTypes.defaultJson(added);
      pair.report(value == null ? AvroRule.FIELD_ADDED_WITHOUT_DEFAULT
              : AvroRule.FIELD_ADDED_WITH_DEFAULT, match.path(), match.pointer(), null, value,
          Map.of(), value == null ? BREAKING : COMPATIBLE, COMPATIBLE);
    }
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.FIELD_ADDED_WITH_DEFAULT, AvroRule.FIELD_ADDED_WITHOUT_DEFAULT);
  }
}

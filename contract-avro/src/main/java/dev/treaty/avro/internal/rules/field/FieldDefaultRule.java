package dev.treaty.avro.internal.rules.field;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.compare.FieldMatch;
import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.model.AvroTypes;
import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * A field present in both versions gained, lost or changed its default. Between these two
 * versions the default is never used (the writer always has the field), but it decides what a
 * later removal or an older writer does.
 */
public final class FieldDefaultRule implements PairRule {

  @Override
  public void check(Pair pair) {
    for (FieldMatch match : pair.fields()) {
      Schema.Field older = match.older();
      Schema.Field newer = match.newer();
      if (older == null || newer == null) {
        continue;
      }
      String before = AvroTypes.defaultJson(older);
      String after = AvroTypes.defaultJson(newer);
      if (Objects.equals(before, after)) {
        continue;
      }
      AvroRule rule = before == null ? AvroRule.FIELD_DEFAULT_ADDED
          : after == null ? AvroRule.FIELD_DEFAULT_REMOVED : AvroRule.FIELD_DEFAULT_CHANGED;
      pair.report(rule, match.path(), match.pointer(), before, after, Map.of(), COMPATIBLE,
          COMPATIBLE);
    }
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.FIELD_DEFAULT_ADDED, AvroRule.FIELD_DEFAULT_REMOVED,
        AvroRule.FIELD_DEFAULT_CHANGED);
  }
}

package dev.treaty.avro.internal.rules.field;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.compare.FieldMatch;
import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.model.Classification;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A field paired with one of another name through an alias. The reader whose field carries the
 * alias reads the other name; a reader without it sees its own field missing, and needs a
 * default.
 */
public final class FieldRenamedRule implements PairRule {

  private static final String IGNORED = " (the record's full name changed, and Java's decoder "
      + "applies field aliases only within a record of the same full name)";

  @Override
  public void check(Pair pair) {
    for (FieldMatch match : pair.fields()) {
      Schema.Field older = match.older();
      Schema.Field newer = match.newer();
      if (older == null || newer == null || older.name().equals(newer.name())) {
        continue;
      }
      Classification backward = match.matched().backward() || newer.hasDefaultValue()
          ? COMPATIBLE : BREAKING;
      Classification forward = match.matched().forward() || older.hasDefaultValue()
          ? COMPATIBLE : BREAKING;
      pair.report(AvroRule.FIELD_RENAMED, match.path(), match.pointer(), older.name(),
          newer.name(), Map.of("detail", detail(match, backward, forward)), backward, forward);
    }
  }

  private static String detail(FieldMatch match, Classification backward,
      Classification forward) {
    String newReaders = match.matched().backward()
        ? "new readers read the old name through an alias"
        : (match.aliasIgnored().backward() ? "new readers' alias is not applied" + IGNORED
            : "new readers do not know the old name")
            + (backward == COMPATIBLE ? " and use the field's default" : " and have no default");
    String oldReaders = match.matched().forward()
        ? "old readers read the new name through an alias"
        : (match.aliasIgnored().forward() ? "old readers' alias is not applied" + IGNORED
            : "old readers do not know the new name")
            + (forward == COMPATIBLE ? " and use their default" : " and have no default");
    return "; " + newReaders + "; " + oldReaders;
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.FIELD_RENAMED);
  }
}

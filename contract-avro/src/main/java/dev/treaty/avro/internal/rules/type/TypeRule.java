package dev.treaty.avro.internal.rules.type;

import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.compare.Reading;
import dev.treaty.avro.internal.model.AvroTypes;
import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * The type at a place changed kind: a promotion that keeps values (widened or narrowed), one that
 * rounds them, or one Avro does not read at all. A change of logical type on types that still
 * read as each other is {@code LogicalTypeRule}'s.
 */
public final class TypeRule implements PairRule {

  private static final String NOT_TEXT = " (Avro reads bytes as a string, but bytes that are not "
      + "UTF-8 become replacement characters in Java's decoder and fail in others)";

  @Override
  public void check(Pair pair) {
    Schema older = pair.older();
    Schema newer = pair.newer();
    if (older.getType() == newer.getType()) {
      return;
    }
    Reading backward = Reading.of(older, newer);
    Reading forward = Reading.of(newer, older);
    if (AvroTypes.isScalar(older) && AvroTypes.isScalar(newer)
        && !Objects.equals(AvroTypes.logicalName(older), AvroTypes.logicalName(newer))
        && (backward.decodes() || forward.decodes())) {
      return; // the logical type changed too: LogicalTypeRule judges the meaning
    }
    AvroRule rule;
    String detail;
    if (backward == Reading.ROUNDS || forward == Reading.ROUNDS) {
      rule = AvroRule.TYPE_LOSSY_PROMOTION;
      detail = rounding(backward == Reading.ROUNDS ? older : newer,
          backward == Reading.ROUNDS ? newer : older, backward == Reading.ROUNDS);
    } else if (backward.keepsValues() && !forward.keepsValues()) {
      rule = AvroRule.TYPE_WIDENED;
      detail = forward == Reading.NOT_TEXT ? NOT_TEXT : "";
    } else if (!backward.keepsValues() && forward.keepsValues()) {
      rule = AvroRule.TYPE_NARROWED;
      detail = backward == Reading.NOT_TEXT ? NOT_TEXT : "";
    } else {
      rule = AvroRule.TYPE_CHANGED;
      detail = "";
    }
    pair.report(rule, AvroTypes.describe(older), AvroTypes.describe(newer),
        Map.of("detail", detail), backward.classification(), forward.classification());
  }


  private static String rounding(Schema writer, Schema reader, boolean newReaders) {
    String limit = writer.getType() == Schema.Type.LONG && reader.getType() == Schema.Type.DOUBLE
        ? "2^53 (9007199254740993 reads as 9007199254740992.0)"
        : "2^24 (16777217 reads as 16777216.0)";
    String from = writer.getType().getName();
    String to = reader.getType().getName();
    String other = (newReaders ? "old" : "new") + " readers cannot read " + to + " values at all";
    return (newReaders ? "new" : "old") + " readers read " + from + " values beyond " + limit
        + " rounded to the nearest " + to + ", and " + other;
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.TYPE_CHANGED, AvroRule.TYPE_WIDENED, AvroRule.TYPE_NARROWED,
        AvroRule.TYPE_LOSSY_PROMOTION);
  }
}

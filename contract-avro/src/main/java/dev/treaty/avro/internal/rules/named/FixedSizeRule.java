package dev.treaty.avro.internal.rules.named;

import static dev.treaty.model.Classification.BREAKING;

import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/** A fixed type changed its size: its bytes no longer line up in either direction. */
public final class FixedSizeRule implements PairRule {

  @Override
  public void check(Pair pair) {
    if (!pair.both(Schema.Type.FIXED)) {
      return;
    }
    int before = pair.older().getFixedSize();
    int after = pair.newer().getFixedSize();
    if (before != after) {
      pair.report(AvroRule.FIXED_SIZE_CHANGED, String.valueOf(before), String.valueOf(after),
          Map.of(), BREAKING, BREAKING);
    }
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.FIXED_SIZE_CHANGED);
  }
}

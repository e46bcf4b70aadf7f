package dev.treaty.avro.internal.rules.logical;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.model.AvroTypes;
import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;

/**
 * A decimal's scale or precision changed. Avro encodes a decimal as its unscaled integer, and
 * each reader applies its own scale: a scale change makes 1.23 read as 0.123 in both directions,
 * while Avro's checker (which ignores logical types) passes it. A larger precision holds every
 * old value; a smaller one may not.
 */
public final class DecimalRule implements PairRule {

  @Override
  public void check(Pair pair) {
    if (pair.older().getType() != pair.newer().getType()) {
      return;
    }
    LogicalTypes.Decimal older = AvroTypes.decimal(pair.older());
    LogicalTypes.Decimal newer = AvroTypes.decimal(pair.newer());
    if (older == null || newer == null) {
      return;
    }
    if (older.getScale() != newer.getScale()) {
      pair.report(AvroRule.DECIMAL_SCALE_CHANGED, String.valueOf(older.getScale()),
          String.valueOf(newer.getScale()), Map.of(), BREAKING, BREAKING);
    }
    if (older.getPrecision() < newer.getPrecision()) {
      pair.report(AvroRule.DECIMAL_PRECISION_INCREASED, String.valueOf(older.getPrecision()),
          String.valueOf(newer.getPrecision()), Map.of(), COMPATIBLE, BREAKING);
    } else if (older.getPrecision() > newer.getPrecision()) {
      pair.report(AvroRule.DECIMAL_PRECISION_DECREASED, String.valueOf(older.getPrecision()),
          String.valueOf(newer.getPrecision()), Map.of(), BREAKING, COMPATIBLE);
    }
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.DECIMAL_SCALE_CHANGED, AvroRule.DECIMAL_PRECISION_INCREASED,
        AvroRule.DECIMAL_PRECISION_DECREASED);
  }
}

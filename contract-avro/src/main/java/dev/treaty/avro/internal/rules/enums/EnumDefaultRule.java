package dev.treaty.avro.internal.rules.enums;

import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * The enum default changed. It matters only for symbols a reader does not know, which
 * {@link EnumSymbolsRule} judges with the reading side's default; on its own it is information.
 */
public final class EnumDefaultRule implements PairRule {

  @Override
  public void check(Pair pair) {
    if (!pair.both(Schema.Type.ENUM)) {
      return;
    }
    String before = pair.older().getEnumDefault();
    String after = pair.newer().getEnumDefault();
    if (!Objects.equals(before, after)) {
      pair.report(AvroRule.ENUM_DEFAULT_CHANGED, before == null ? null : "`" + before + "`",
          after == null ? null : "`" + after + "`", Map.of(), COMPATIBLE, COMPATIBLE);
    }
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.ENUM_DEFAULT_CHANGED);
  }
}

package dev.treaty.avro.internal.rules.enums;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Enum symbols added or removed. A reader meeting a symbol it does not know uses its enum
 * default (the {@code default} of the enum type, not of a field), or fails without one.
 */
public final class EnumSymbolsRule implements PairRule {

  @Override
  public void check(Pair pair) {
    if (!pair.both(Schema.Type.ENUM)) {
      return;
    }
    Schema older = pair.older();
    Schema newer = pair.newer();
    for (String symbol : newer.getEnumSymbols()) {
      if (!older.hasEnumSymbol(symbol)) {
        String fallback = older.getEnumDefault();
        pair.report(AvroRule.ENUM_SYMBOL_ADDED, null, "`" + symbol + "`",
            Map.of("detail", fallback == null ? "; old readers fail on it"
                : "; old readers read it as their default `" + fallback + "`"),
            COMPATIBLE, fallback == null ? BREAKING : COMPATIBLE);
      }
    }
    for (String symbol : older.getEnumSymbols()) {
      if (!newer.hasEnumSymbol(symbol)) {
        String fallback = newer.getEnumDefault();
        pair.report(AvroRule.ENUM_SYMBOL_REMOVED, "`" + symbol + "`", null,
            Map.of("detail", fallback == null ? "; new readers fail on old data holding it"
                : "; new readers read it as their default `" + fallback + "`"),
            fallback == null ? BREAKING : COMPATIBLE, COMPATIBLE);
      }
    }
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.ENUM_SYMBOL_ADDED, AvroRule.ENUM_SYMBOL_REMOVED);
  }
}

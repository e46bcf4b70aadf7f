package dev.treaty.avro.internal.rules.named;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.compare.Directions;
import dev.treaty.avro.internal.compare.Names;
import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.model.Classification;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A record, enum or fixed changed its name. The specification and Avro's checker match
 * unqualified names, and a reader's alias naming the writer's full name: a namespace change alone
 * reads; a new name reads only where the reader lists the old one as an alias. (Java's decoder
 * does not check record names at all; other implementations do, so Treaty follows the
 * specification.)
 */
public final class NameRule implements PairRule {

  @Override
  public void check(Pair pair) {
    Schema older = pair.older();
    Schema newer = pair.newer();
    if (older.getType() != newer.getType() || !Names.isNamed(older)) {
      return;
    }
    String kind = older.getType().getName();
    if (older.getName().equals(newer.getName())) {
      if (!older.getFullName().equals(newer.getFullName())) {
        Directions strict = pair.fullNameNeeded();
        String detail = !strict.any() ? "" : "; Java's decoder picks an " + kind + " branch of a "
            + "union by its full name, so " + (strict.backward() ? "new" : "old")
            + " readers fail on these values";
        pair.report(AvroRule.NAMESPACE_CHANGED, older.getFullName(), newer.getFullName(),
            Map.of("name", kind, "detail", detail), strict.backward() ? BREAKING : COMPATIBLE,
            strict.forward() ? BREAKING : COMPATIBLE);
      }
      return;
    }
    Classification backward = Names.shortNameMatches(newer, older) ? COMPATIBLE : BREAKING;
    Classification forward = Names.shortNameMatches(older, newer) ? COMPATIBLE : BREAKING;
    String detail = backward == COMPATIBLE ? "; new readers accept the old name as an alias"
        : forward == COMPATIBLE ? "; old readers accept the new name as an alias"
        : "; no alias names the other version's full name";
    pair.report(AvroRule.NAME_CHANGED, older.getFullName(), newer.getFullName(),
        Map.of("name", kind, "detail", detail), backward, forward);
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.NAME_CHANGED, AvroRule.NAMESPACE_CHANGED);
  }
}

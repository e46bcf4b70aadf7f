package dev.treaty.avro.internal.rules.collection;

import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.rules.AvroRule;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The least encoded size of an array's items (or a map's values) grew for a reader. Avro 1.12.2's
 * Java decoder checks each block of a collection against the bytes left, sizing the items by the
 * <em>reader's</em> schema: a block of old items smaller than that (a record without the field a
 * reader added with a default, an int read as a double) is rejected as truncated, although Avro's
 * resolution rules read it. Arrays fail in both of Java's decoders, maps in the resolving decoder.
 * Whether a reader breaks depends on its implementation and version, which Treaty cannot see:
 * the finding is undecidable in that direction, and is accepted where no reader is affected.
 */
public final class ItemSizeRule implements PairRule {

  @Override
  public void check(Pair pair) {
    Schema older;
    Schema newer;
    String kind;
    if (pair.both(Schema.Type.ARRAY)) {
      older = pair.older().getElementType();
      newer = pair.newer().getElementType();
      kind = "array";
    } else if (pair.both(Schema.Type.MAP)) {
      older = pair.older().getValueType();
      newer = pair.newer().getValueType();
      kind = "map";
    } else {
      return;
    }
    long before = LeastSize.of(older);
    long after = LeastSize.of(newer);
    if (before == after) {
      return;
    }
    String detail = kind.equals("array")
        ? "both of Java's decoders reject an array of smaller items"
        : "Java's resolving decoder (used when the fast reader is off) rejects a map of smaller "
            + "values";
    pair.report(AvroRule.COLLECTION_ITEM_SIZE_GREW, String.valueOf(before), String.valueOf(after),
        Map.of("name", kind.equals("array") ? "an item" : "a value", "detail", detail),
        after > before ? UNDECIDABLE : COMPATIBLE, before > after ? UNDECIDABLE : COMPATIBLE);
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.COLLECTION_ITEM_SIZE_GREW);
  }
}

package dev.treaty.avro.internal.rules.logical;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.compare.Pair;
import dev.treaty.avro.internal.compare.PairRule;
import dev.treaty.avro.internal.compare.Reading;
import dev.treaty.avro.internal.model.AvroTypes;
import dev.treaty.avro.internal.model.ModelMapper;
import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.model.Classification;
import dev.treaty.model.DataType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * A logical type was added, removed or changed on types Avro still reads as each other. Avro's
 * checker looks only at physical types, so {@code timestamp-millis} to {@code timestamp-micros}
 * passes there, and every value then reads a thousand times off. Treaty judges the meaning by the
 * model's conversion table ({@link DataType#conversion}): a reading is compatible only when every
 * value keeps its meaning (a {@code uuid} read as a plain string does; a timestamp read as a bare
 * {@code long} does not).
 */
public final class LogicalTypeRule implements PairRule {

  /** Logical types whose encoding the model cannot tell from another's. */
  private static final Set<String> OWN_ENCODING = Set.of("duration", "big-decimal");

  @Override
  public void check(Pair pair) {
    Schema older = pair.older();
    Schema newer = pair.newer();
    if (!AvroTypes.isScalar(older) || !AvroTypes.isScalar(newer)) {
      return;
    }
    String oldLogical = AvroTypes.logicalName(older);
    String newLogical = AvroTypes.logicalName(newer);
    if (Objects.equals(oldLogical, newLogical)) {
      return;
    }
    Reading backward = Reading.of(older, newer);
    Reading forward = Reading.of(newer, older);
    if (!backward.decodes() && !forward.decodes()) {
      return; // the types do not read as each other at all: TypeRule's avro.type.changed
    }
    AvroRule rule = oldLogical == null ? AvroRule.LOGICAL_TYPE_ADDED
        : newLogical == null ? AvroRule.LOGICAL_TYPE_REMOVED : AvroRule.LOGICAL_TYPE_CHANGED;
    String name = "`" + (oldLogical == null ? newLogical : oldLogical) + "`";
    pair.report(rule, AvroTypes.describe(older), AvroTypes.describe(newer),
        Map.of("name", name), meaning(older, newer, backward), meaning(newer, older, forward));
  }

  /** Whether every value written as {@code writer} keeps its meaning read as {@code reader}. */
  private static Classification meaning(Schema writer, Schema reader, Reading physical) {
    if (!physical.keepsValues()) {
      return BREAKING;
    }
    String writerLogical = AvroTypes.logicalName(writer);
    String readerLogical = AvroTypes.logicalName(reader);
    if (OWN_ENCODING.contains(String.valueOf(writerLogical))
        || OWN_ENCODING.contains(String.valueOf(readerLogical))) {
      return BREAKING;
    }
    ModelMapper model = new ModelMapper(null);
    return DataType.conversion(model.type(writer), model.type(reader)).preservesValues()
        ? COMPATIBLE : BREAKING;
  }

  @Override
  public List<AvroRule> reports() {
    return List.of(AvroRule.LOGICAL_TYPE_ADDED, AvroRule.LOGICAL_TYPE_REMOVED,
        AvroRule.LOGICAL_TYPE_CHANGED);
  }
}

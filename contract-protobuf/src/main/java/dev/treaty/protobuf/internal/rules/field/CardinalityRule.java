package dev.treaty.protobuf.internal.rules.field;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.model.Classification;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FieldKinds.Cardinality;
import dev.treaty.protobuf.internal.compare.FieldPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;

/**
 * A field's cardinality changed, graded by which encodings still agree: none
 * ({@code cardinalityChanged}), binary only ({@code cardinalityChangedSameWire}: repeated and
 * map), or both ({@code presenceChanged}: explicit and implicit presence). The fields of map
 * entries are generated and skipped, as buf does: they report presence as their file's default
 * but behave the same either way.
 */
public final class CardinalityRule implements PairRule<FieldPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_CARDINALITY_CHANGED,
        ProtobufRule.FIELD_CARDINALITY_CHANGED_SAME_WIRE, ProtobufRule.FIELD_PRESENCE_CHANGED);
  }

  @Override
  public void check(FieldPair pair, Changes changes) {
    if (!pair.previous().isExtension() && pair.previous().getContainingType().getOptions()
        .getMapEntry() && pair.current().getContainingType().getOptions().getMapEntry()) {
      return;
    }
    Cardinality before = Cardinality.of(pair.previous());
    Cardinality after = Cardinality.of(pair.current());
    if (before == after) {
      return;
    }
    ProtobufRule rule;
    if (!before.sameWire(after)) {
      rule = ProtobufRule.FIELD_CARDINALITY_CHANGED;
    } else if (!before.sameWireJson(after)) {
      rule = ProtobufRule.FIELD_CARDINALITY_CHANGED_SAME_WIRE;
    } else {
      rule = ProtobufRule.FIELD_PRESENCE_CHANGED;
    }
    changes.add(rule, Subject.field(pair.current()),
        pair.versions().current().place(pair.current().getFile(),
            ElementPaths.of(pair.current())),
        Texts.code(before.label()), Texts.code(after.label()), Map.of(),
        verdict(before.readsAs(after)), verdict(after.readsAs(before)));
  }

  private static Classification verdict(boolean reads) {
    return reads ? COMPATIBLE : BREAKING;
  }
}

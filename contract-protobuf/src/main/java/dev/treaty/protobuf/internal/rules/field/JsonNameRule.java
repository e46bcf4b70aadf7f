package dev.treaty.protobuf.internal.rules.field;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FieldPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field's JSON name changed, whether set with {@code json_name} or derived from the field name
 * (protoc writes the derived one into the descriptor). Extensions have no JSON name of their own.
 */
public final class JsonNameRule implements PairRule<FieldPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_JSON_NAME_CHANGED);
  }

  @Override
  public void check(FieldPair pair, Changes changes) {
    if (pair.previous().isExtension()) {
      return;
    }
    String previous = pair.previous().getJsonName();
    String current = pair.current().getJsonName();
    if (!previous.equals(current)) {
      List<Integer> path = ElementPaths.of(pair.current());
      changes.add(ProtobufRule.FIELD_JSON_NAME_CHANGED, Subject.field(pair.current()),
          pair.versions().current().place(pair.current().getFile(),
              ElementPaths.append(path, ElementPaths.FIELD_JSON_NAME), path),
          Texts.code(previous), Texts.code(current), Map.of());
    }
  }
}

package dev.treaty.protobuf.internal.rules.enums;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.EnumPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An enum changed between open and closed, as protobuf-java resolves it (proto3 open, proto2
 * closed, editions by {@code enum_type}). An open writer may write numbers the enum does not
 * declare; a closed reader moves them to the unknown fields and reads the field as unset.
 */
public final class EnumTypeRule implements PairRule<EnumPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ENUM_TYPE_CHANGED);
  }

  @Override
  public void check(EnumPair pair, Changes changes) {
    boolean previous = pair.previous().isClosed();
    boolean current = pair.current().isClosed();
    if (previous == current) {
      return;
    }
    List<Integer> path = ElementPaths.of(pair.current());
    changes.add(ProtobufRule.ENUM_TYPE_CHANGED, Subject.enumType(pair.current()),
        pair.versions().current().place(pair.current().getFile(), ElementPaths.append(path,
            ElementPaths.ENUM_OPTIONS, ElementPaths.ENUM_FEATURES, ElementPaths.FEATURE_ENUM_TYPE),
            path),
        shown(previous), shown(current), Map.of(), current ? BREAKING : COMPATIBLE,
        current ? COMPATIBLE : BREAKING);
  }

  private static String shown(boolean closed) {
    return closed ? "closed" : "open";
  }
}

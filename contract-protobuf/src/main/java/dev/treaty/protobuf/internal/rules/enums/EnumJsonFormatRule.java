package dev.treaty.protobuf.internal.rules.enums;

import com.google.protobuf.DescriptorProtos.FeatureSet.JsonFormat;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.EnumPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.read.Features;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An enum's resolved JSON format changed from {@code ALLOW} to best effort. */
public final class EnumJsonFormatRule implements PairRule<EnumPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ENUM_JSON_FORMAT_CHANGED);
  }

  @Override
  public void check(EnumPair pair, Changes changes) {
    JsonFormat previous = Features.jsonFormat(pair.previous());
    JsonFormat current = Features.jsonFormat(pair.current());
    if (previous == JsonFormat.ALLOW && current != JsonFormat.ALLOW) {
      List<Integer> path = ElementPaths.of(pair.current());
      changes.add(ProtobufRule.ENUM_JSON_FORMAT_CHANGED, Subject.enumType(pair.current()),
          pair.versions().current().place(pair.current().getFile(), ElementPaths.append(path,
              ElementPaths.ENUM_OPTIONS, ElementPaths.ENUM_FEATURES,
              ElementPaths.FEATURE_JSON_FORMAT), path),
          Texts.code(previous.name()), Texts.code(current.name()), Map.of());
    }
  }
}

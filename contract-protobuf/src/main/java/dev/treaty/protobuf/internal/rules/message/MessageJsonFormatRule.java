package dev.treaty.protobuf.internal.rules.message;

import com.google.protobuf.DescriptorProtos.FeatureSet.JsonFormat;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.MessagePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.read.Features;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A message's resolved JSON format changed from {@code ALLOW} to best effort. */
public final class MessageJsonFormatRule implements PairRule<MessagePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.MESSAGE_JSON_FORMAT_CHANGED);
  }

  @Override
  public void check(MessagePair pair, Changes changes) {
    JsonFormat previous = Features.jsonFormat(pair.previous());
    JsonFormat current = Features.jsonFormat(pair.current());
    if (previous == JsonFormat.ALLOW && current != JsonFormat.ALLOW) {
      List<Integer> path = ElementPaths.of(pair.current());
      changes.add(ProtobufRule.MESSAGE_JSON_FORMAT_CHANGED, Subject.message(pair.current()),
          pair.versions().current().place(pair.current().getFile(),
              ElementPaths.append(path, ElementPaths.MESSAGE_OPTIONS,
                  ElementPaths.MESSAGE_FEATURES, ElementPaths.FEATURE_JSON_FORMAT), path),
          Texts.code(previous.name()), Texts.code(current.name()), Map.of());
    }
  }
}

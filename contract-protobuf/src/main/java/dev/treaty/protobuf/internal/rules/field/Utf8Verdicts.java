package dev.treaty.protobuf.internal.rules.field;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import com.google.protobuf.DescriptorProtos.FeatureSet.Utf8Validation;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;

/**
 * What both UTF-8 rules share: a reader that verifies rejects the invalid UTF-8 a writer that
 * does not verify may have written, so the direction whose reader newly verifies breaks.
 */
final class Utf8Verdicts {

  private Utf8Verdicts() {}

  static void report(Changes changes, ProtobufRule rule, Subject subject, Place place,
      Utf8Validation previous, Utf8Validation current) {
    boolean nowVerifies = current == Utf8Validation.VERIFY;
    changes.add(rule, subject, place, Texts.code(previous.name()), Texts.code(current.name()),
        Map.of(), nowVerifies ? BREAKING : COMPATIBLE, nowVerifies ? COMPATIBLE : BREAKING);
  }
}

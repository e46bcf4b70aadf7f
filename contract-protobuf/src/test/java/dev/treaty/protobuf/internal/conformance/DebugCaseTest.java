package dev.treaty.protobuf.internal.conformance;

import dev.treaty.protobuf.internal.ProtobufRules;
import dev.treaty.protobuf.internal.compare.Change;
import dev.treaty.protobuf.internal.compare.Comparison;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import org.junit.jupiter.api.Test;

class DebugCaseTest {
  @Test
  void print() {
    String name = System.getProperty("case", "breaking_field_same_type");
    for (BufCase c : BufCase.all()) {
      if (!c.name().equals(name)) {
        continue;
      }
      ProtoFiles previous = c.read("previous");
      ProtoFiles current = c.read("current");
      for (Change change : Comparison.run(previous, current, ProtobufRules.ALL)) {
        System.out.println("CHG " + change.rule().id() + " " + change.place() + " "
            + change.message());
      }
      c.expected().forEach(a -> System.out.println("EXP " + a));
      return;
    }
  }
}

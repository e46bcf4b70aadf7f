package dev.treaty.protobuf.internal.conformance;

import dev.treaty.protobuf.internal.read.ProtoFiles;
import java.util.LinkedHashMap;
import java.util.Map;

/** The buf corpus' descriptor sets, for tests outside the conformance test. */
public final class BufCases {

  private BufCases() {}

  /**
   * Every case that has descriptor sets, read with its own files.
   *
   * @return the previous and current version of each case, by case name
   */
  public static Map<String, ProtoFiles[]> descriptorSets() {
    Map<String, ProtoFiles[]> sets = new LinkedHashMap<>();
    for (BufCase bufCase : BufCase.all()) {
      if (bufCase.hasDescriptors() && !sets.containsKey(bufCase.name())) {
        sets.put(bufCase.name(), new ProtoFiles[] {bufCase.read("previous"),
            bufCase.read("current")});
      }
    }
    return sets;
  }
}

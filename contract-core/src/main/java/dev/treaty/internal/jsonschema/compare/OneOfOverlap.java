package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Guards what reading {@code oneOf} as {@code anyOf} leaves out: a value valid under the writer
 * may match two branches of the reader's {@code oneOf} and be rejected. When the reader's
 * branches (of one kind) are provably disjoint, or the writer has the very same {@code oneOf},
 * nothing is lost; otherwise the place is undecidable in that direction.
 */
final class OneOfOverlap {

  private OneOfOverlap() {}

  static List<Change> check(Comparison comparison, Alternatives older, Alternatives newer,
      Kind kind, int depth) {
    List<Change> out = new ArrayList<>();
    report(newer, older, kind, true, out);
    report(older, newer, kind, false, out);
    return out;
  }

  private static void report(Alternatives reader, Alternatives writer, Kind kind,
      boolean backward, List<Change> out) {
    Set<Set<String>> writerGroups = new java.util.HashSet<>();
    for (SchemaNode group : groups(writer, kind).keySet()) {
      writerGroups.add(contents(group));
    }
    for (Map.Entry<SchemaNode, Map<Integer, List<Conjunction>>> entry
        : groups(reader, kind).entrySet()) {
      Map<Integer, List<Conjunction>> branches = entry.getValue();
      if (branches.size() < 2 || writerGroups.contains(contents(entry.getKey()))
          || disjoint(branches, kind)) {
        continue;
      }
      Classification doubt = Classification.UNDECIDABLE;
      out.add(new Change(JsonSchemaRule.ONE_OF_OVERLAPPING, FieldPath.ROOT,
          entry.getKey().label("oneOf"), null, null,
          Map.of("name", "`" + entry.getKey().label("oneOf") + "`"),
          backward ? doubt : Classification.COMPATIBLE,
          backward ? Classification.COMPATIBLE : doubt));
    }
  }

  /** For each oneOf, the alternatives that took each of its branches (admitting the kind). */
  private static Map<SchemaNode, Map<Integer, List<Conjunction>>> groups(
      Alternatives alternatives, Kind kind) {
    Map<SchemaNode, Map<Integer, List<Conjunction>>> groups = new LinkedHashMap<>();
    for (Conjunction alternative : alternatives.list()) {
      if (!Admission.admits(alternative, kind)) {
        continue;
      }
      for (Choice choice : alternative.choices()) {
        if (choice.exclusive()) {
          groups.computeIfAbsent(choice.group(), g -> new LinkedHashMap<>())
              .computeIfAbsent(choice.index(), i -> new ArrayList<>()).add(alternative);
        }
      }
    }
    return groups;
  }

  private static Set<String> contents(SchemaNode group) {
    Set<String> texts = new TreeSet<>();
    for (SchemaNode branch : group.subschemaList("oneOf")) {
      texts.add(DeepContent.of(branch));
    }
    return texts;
  }

  private static boolean disjoint(Map<Integer, List<Conjunction>> branches, Kind kind) {
    List<List<Conjunction>> byBranch = new ArrayList<>(branches.values());
    for (int i = 0; i < byBranch.size(); i++) {
      for (int j = i + 1; j < byBranch.size(); j++) {
        for (Conjunction a : byBranch.get(i)) {
          for (Conjunction b : byBranch.get(j)) {
            if (!Disjointness.provable(a, b, kind)) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }
}

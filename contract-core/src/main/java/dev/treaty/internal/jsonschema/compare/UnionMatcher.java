package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the old and new alternatives of one kind by content, never by position: identical
 * content first, then the same label (title or definition name), then the most similar
 * (shared property names or keywords), then the last two left. Paired alternatives are compared
 * under the branch's label; a pair that breaks in a direction is forgiven when another
 * alternative of the other side covers it. An alternative left over is a removed or added
 * branch, breaking only when no alternative of the other side covers it.
 */
final class UnionMatcher {

  /** Up to this many alternatives per side, covered alternatives are merged away. */
  static final int MAX_ABSORB = 12;
  /** Beyond this many old-times-new alternatives, only identical or same-label ones pair. */
  static final int MAX_PAIRINGS = 4096;
  /** Containment checks one union may spend on coverage; beyond, the answer is undecidable. */
  static final int MAX_PROBES = 4096;

  private final Comparison comparison;
  private final Kind kind;
  private final int depth;
  private int probes;

  UnionMatcher(Comparison comparison, Kind kind, int depth) {
    this.comparison = comparison;
    this.kind = kind;
    this.depth = depth;
  }

  List<Change> match(List<Conjunction> older, List<Conjunction> newer) {
    boolean small = (long) older.size() * newer.size() <= MAX_PAIRINGS;
    List<int[]> pairs = new ArrayList<>();
    Set<Integer> pairedOld = new HashSet<>();
    Set<Integer> pairedNew = new HashSet<>();
    pairBy(older, newer, pairs, pairedOld, pairedNew, (o, n) -> o.content().equals(n.content()));
    pairBy(older, newer, pairs, pairedOld, pairedNew,
        (o, n) -> o.label() != null && o.label().equals(n.label()));
    if (small) {
      pairBySimilarity(older, newer, pairs, pairedOld, pairedNew);
      if (older.size() - pairedOld.size() == 1 && newer.size() - pairedNew.size() == 1) {
        pairs.add(new int[] {firstUnpaired(older, pairedOld), firstUnpaired(newer, pairedNew)});
        pairedOld.add(pairs.get(pairs.size() - 1)[0]);
        pairedNew.add(pairs.get(pairs.size() - 1)[1]);
      }
    }
    pairs.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
    List<Change> out = new ArrayList<>();
    for (int[] pair : pairs) {
      out.addAll(compared(older, newer, pair[0], pair[1]));
    }
    for (int i = 0; i < older.size(); i++) {
      if (!pairedOld.contains(i)) {
        Conjunction removed = older.get(i);
        Classification backward = covered(removed, newer, -1);
        // a branch another branch covers is no change
        if (backward != Classification.COMPATIBLE) {
          out.add(branchChange(JsonSchemaRule.UNION_BRANCH_REMOVED, removed, i, older,
              backward, Classification.COMPATIBLE));
        }
      }
    }
    for (int j = 0; j < newer.size(); j++) {
      if (!pairedNew.contains(j)) {
        Conjunction added = newer.get(j);
        Classification forward = covered(added, older, -1);
        if (forward != Classification.COMPATIBLE) {
          out.add(branchChange(JsonSchemaRule.UNION_BRANCH_ADDED, added, j, newer,
              Classification.COMPATIBLE, forward));
        }
      }
    }
    return out;
  }

  private List<Change> compared(List<Conjunction> older, List<Conjunction> newer, int i, int j) {
    List<Change> changes = comparison.pair(older.get(i), newer.get(j), kind, depth);
    if (changes.isEmpty()) {
      return changes;
    }
    boolean backwardFails = changes.stream().anyMatch(c -> c.backward().fails());
    boolean forwardFails = changes.stream().anyMatch(c -> c.forward().fails());
    boolean backwardCovered = backwardFails
        && covered(older.get(i), newer, j) == Classification.COMPATIBLE;
    boolean forwardCovered = forwardFails
        && covered(newer.get(j), older, i) == Classification.COMPATIBLE;
    FieldPath prefix = FieldPath.of(List.of(new FieldPath.Branch(label(newer.get(j), j, newer))));
    List<Change> out = new ArrayList<>();
    for (Change change : changes) {
      Change classified = change.classified(
          backwardCovered ? Classification.COMPATIBLE : change.backward(),
          forwardCovered ? Classification.COMPATIBLE : change.forward());
      out.add(classified.under(prefix));
    }
    return out;
  }

  /**
   * Whether the other side covers an alternative: one of its alternatives (other than the one
   * it is paired with) contains it, or, for numbers, their ranges together do.
   */
  private Classification covered(Conjunction alternative, List<Conjunction> others, int except) {
    probes += others.size();
    if (probes > MAX_PROBES) {
      return Classification.UNDECIDABLE;
    }
    List<Classification> candidates = new ArrayList<>();
    for (int k = 0; k < others.size(); k++) {
      if (k != except) {
        candidates.add(comparison.contains(alternative, others.get(k), kind, depth));
      }
    }
    Classification best = Verdicts.best(candidates);
    if (best != Classification.COMPATIBLE && kind == Kind.NUMBER
        && NumericCoverage.covers(others, alternative)) {
      return Classification.COMPATIBLE;
    }
    return best;
  }

  private Change branchChange(JsonSchemaRule rule, Conjunction branch, int index,
      List<Conjunction> side, Classification backward, Classification forward) {
    String label = label(branch, index, side);
    String pointer = pointerOf(branch);
    return new Change(rule, FieldPath.ROOT, pointer, null, null,
        Map.of("name", "`" + label + "`"), backward, forward);
  }

  private static String pointerOf(Conjunction branch) {
    if (!branch.choices().isEmpty()) {
      return branch.choices().get(branch.choices().size() - 1).branch().label(null);
    }
    List<SchemaNode> members = branch.members();
    return members.isEmpty() ? "" : members.get(0).label(null);
  }

  private String label(Conjunction branch, int index, List<Conjunction> side) {
    String label = branch.label();
    if (label != null) {
      return label;
    }
    int unnamed = 0;
    int position = 0;
    for (int k = 0; k < side.size(); k++) {
      if (side.get(k).label() == null) {
        unnamed++;
        if (k == index) {
          position = unnamed;
        }
      }
    }
    return unnamed <= 1 ? kind.label() : kind.label() + "#" + position;
  }

  private interface Match {
    boolean test(Conjunction older, Conjunction newer);
  }

  private static void pairBy(List<Conjunction> older, List<Conjunction> newer, List<int[]> pairs,
      Set<Integer> pairedOld, Set<Integer> pairedNew, Match match) {
    for (int i = 0; i < older.size(); i++) {
      if (pairedOld.contains(i)) {
        continue;
      }
      for (int j = 0; j < newer.size(); j++) {
        if (!pairedNew.contains(j) && match.test(older.get(i), newer.get(j))) {
          pairs.add(new int[] {i, j});
          pairedOld.add(i);
          pairedNew.add(j);
          break;
        }
      }
    }
  }

  /** Greedy pairing by the share of property names, or keywords, two alternatives have in common. */
  private void pairBySimilarity(List<Conjunction> older, List<Conjunction> newer,
      List<int[]> pairs, Set<Integer> pairedOld, Set<Integer> pairedNew) {
    while (true) {
      double bestScore = 0.5 - 1e-9;
      int bestI = -1;
      int bestJ = -1;
      for (int i = 0; i < older.size(); i++) {
        if (pairedOld.contains(i)) {
          continue;
        }
        for (int j = 0; j < newer.size(); j++) {
          if (pairedNew.contains(j)) {
            continue;
          }
          double score = similarity(older.get(i), newer.get(j));
          if (score > bestScore) {
            bestScore = score;
            bestI = i;
            bestJ = j;
          }
        }
      }
      if (bestI < 0) {
        return;
      }
      pairs.add(new int[] {bestI, bestJ});
      pairedOld.add(bestI);
      pairedNew.add(bestJ);
    }
  }

  private double similarity(Conjunction older, Conjunction newer) {
    Set<String> a = features(older);
    Set<String> b = features(newer);
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return (double) shared.size() / all.size();
  }

  private Set<String> features(Conjunction alternative) {
    Set<String> features = new HashSet<>();
    for (SchemaNode member : alternative.members()) {
      if (kind == Kind.OBJECT) {
        features.addAll(member.subschemaMap("properties").keySet());
        features.addAll(member.required());
      } else {
        member.json().fieldNames().forEachRemaining(features::add);
      }
    }
    features.removeAll(dev.treaty.internal.jsonschema.read.CanonicalJson.ANNOTATIONS);
    // structure, not content: an anyOf turned oneOf, or a $ref inlined, is still the same branch
    features.removeAll(Set.of("type", "allOf", "anyOf", "oneOf", "$ref", "$defs",
        "definitions"));
    return features;
  }

  private static int firstUnpaired(List<Conjunction> side, Set<Integer> paired) {
    for (int k = 0; k < side.size(); k++) {
      if (!paired.contains(k)) {
        return k;
      }
    }
    return -1;
  }
}

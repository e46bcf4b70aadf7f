package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One comparison of an old and a new schema: walks both together, place by place, and collects
 * what the rules report. At each place the schemas are put in disjunctive form
 * ({@link Alternatives}); per kind of value, old and new alternatives are paired (one to one, or
 * by content through {@link UnionMatcher}) and each pair is judged by the {@link PairRule}s,
 * which compare child places through the same walk.
 *
 * <p>Every comparison of two places is memoized, so shared definitions are compared once and
 * wide unions stay polynomial. A pair met again while it is still being compared is a recursive
 * schema: below a property or item step it is assumed to hold (values are finite, so the
 * assumption is sound by induction on their depth) and results that rested on the assumption
 * are not memoized; without such a step it is a loop no validator finishes, reported as
 * undecidable. Budgets on steps and depth turn hostile input into an undecidable finding instead
 * of a hang or a stack overflow.
 */
public final class Comparison {

  /** Most memoized comparisons per run. */
  static final int MAX_STEPS = 200_000;
  /** Deepest nesting of data (properties, items) compared. */
  static final int MAX_DEPTH = 100;
  /** Deepest nesting of comparisons in progress (places, pairs and probes). */
  static final int MAX_STACK = 300;
  /**
   * Most changes kept for one place; a definition referenced twice at every level would
   * otherwise double its findings per level. The rest are folded into one finding that carries
   * their most severe classifications, so verdicts stay sound.
   */
  static final int MAX_CHANGES = 1_000;

  private final EvolutionPolicy policy;
  private final List<LocationRule> locationRules;
  private final List<PairRule> pairRules;
  private final Map<String, List<Change>> memo = new HashMap<>();
  private final Map<SchemaNode, String> contents = new HashMap<>();
  private final Map<String, int[]> inProgress = new HashMap<>();
  private int stack;
  private int lowestCut = Integer.MAX_VALUE;
  private int steps;

  /**
   * Creates a comparison.
   *
   * @param policy strict or lenient
   * @param locationRules the rules judging whole places
   * @param pairRules the rules judging pairs of alternatives
   */
  public Comparison(EvolutionPolicy policy, List<LocationRule> locationRules,
      List<PairRule> pairRules) {
    this.policy = policy;
    this.locationRules = List.copyOf(locationRules);
    this.pairRules = List.copyOf(pairRules);
  }

  EvolutionPolicy policy() {
    return policy;
  }

  /**
   * Compares two schemas.
   *
   * @param older the previous version's root
   * @param newer the new version's root
   * @return the changes, with paths from the data's root
   */
  public List<Change> run(SchemaNode older, SchemaNode newer) {
    return location(List.of(older), List.of(newer), EnumSet.allOf(Kind.class), 0);
  }

  List<Change> location(List<SchemaNode> older, List<SchemaNode> newer, Set<Kind> kinds,
      int depth) {
    if (sameContent(older, newer)) {
      return List.of();
    }
    return locationOf(Alternatives.of(older), Alternatives.of(newer), kinds, depth);
  }

  /** Places whose schemas read the same, references followed, cannot differ. */
  private boolean sameContent(List<SchemaNode> older, List<SchemaNode> newer) {
    if (older.size() != newer.size()) {
      return false;
    }
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    older.forEach(n -> a.add(contents.computeIfAbsent(n, DeepContent::of)));
    newer.forEach(n -> b.add(contents.computeIfAbsent(n, DeepContent::of)));
    a.sort(null);
    b.sort(null);
    return a.equals(b);
  }

  List<Change> locationOf(Alternatives older, Alternatives newer, Set<Kind> kinds, int depth) {
    String key = "L" + keyOf(older) + "|" + keyOf(newer) + "|" + kinds;
    return memoized(key, depth, () -> compareLocation(older, newer, kinds, depth));
  }

  private List<Change> compareLocation(Alternatives older, Alternatives newer, Set<Kind> kinds,
      int depth) {
    List<Change> out = new ArrayList<>();
    if (older.overflow() || newer.overflow()) {
      out.add(limit("a place has more than " + Alternatives.LIMIT
          + " oneOf/anyOf alternatives"));
      return out;
    }
    EnumSet<Kind> olderKinds = kindsOf(older, kinds);
    EnumSet<Kind> newerKinds = kindsOf(newer, kinds);
    Location location = new Location(older, newer, olderKinds, newerKinds, out);
    for (LocationRule rule : locationRules) {
      rule.check(location);
    }
    for (Kind kind : kinds) {
      if (!olderKinds.contains(kind) || !newerKinds.contains(kind)) {
        continue;
      }
      List<Conjunction> olderAlternatives = reduce(admitting(older, kind), kind, depth);
      List<Conjunction> newerAlternatives = reduce(admitting(newer, kind), kind, depth);
      if (olderAlternatives.size() == 1 && newerAlternatives.size() == 1) {
        out.addAll(pair(olderAlternatives.get(0), newerAlternatives.get(0), kind, depth));
      } else {
        out.addAll(new UnionMatcher(this, kind, depth).match(olderAlternatives,
            newerAlternatives));
      }
      out.addAll(OneOfOverlap.check(this, older, newer, kind, depth));
    }
    return out;
  }

  /**
   * Compares one old and one new alternative for one kind.
   *
   * @param older the old conjunction
   * @param newer the new conjunction
   * @param kind the kind of value
   * @param depth the nesting depth
   * @return the changes, relative to this place
   */
  List<Change> pair(Conjunction older, Conjunction newer, Kind kind, int depth) {
    String key = "P" + older.key() + "|" + newer.key() + "|" + kind;
    return memoized(key, depth, () -> {
      Pair pair = new Pair(this, older, newer, kind, depth);
      for (PairRule rule : pairRules) {
        if (rule.kinds().contains(kind)) {
          rule.check(pair);
        }
      }
      return ListedValues.settle(pair, pair.changes());
    });
  }

  /**
   * Whether every value of one alternative (of a kind) satisfies another.
   *
   * @param writer the alternative values are written with
   * @param reader the alternative they are read with
   * @param kind the kind
   * @param depth the nesting depth
   * @return the classification
   */
  Classification contains(Conjunction writer, Conjunction reader, Kind kind, int depth) {
    return Verdicts.backward(pair(writer, reader, kind, depth));
  }

  /** Drops alternatives listed twice, and those another alternative already covers. */
  private List<Conjunction> reduce(List<Conjunction> alternatives, Kind kind, int depth) {
    Map<String, Conjunction> unique = new LinkedHashMap<>();
    for (Conjunction alternative : alternatives) {
      unique.putIfAbsent(alternative.key(), alternative);
    }
    List<Conjunction> list = new ArrayList<>(unique.values());
    if (list.size() < 2 || list.size() > UnionMatcher.MAX_ABSORB) {
      return list;
    }
    List<Conjunction> kept = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      boolean covered = false;
      for (int j = 0; j < list.size() && !covered; j++) {
        if (i == j) {
          continue;
        }
        boolean inside = contains(list.get(i), list.get(j), kind, depth)
            == Classification.COMPATIBLE;
        // of two alternatives that cover each other, keep the first
        covered = inside && (j < i || contains(list.get(j), list.get(i), kind, depth)
            != Classification.COMPATIBLE);
      }
      if (!covered) {
        kept.add(list.get(i));
      }
    }
    return kept;
  }

  private static List<Conjunction> admitting(Alternatives alternatives, Kind kind) {
    List<Conjunction> list = new ArrayList<>();
    for (Conjunction alternative : alternatives.list()) {
      if (Admission.admits(alternative, kind)) {
        list.add(alternative);
      }
    }
    return list;
  }

  private static EnumSet<Kind> kindsOf(Alternatives alternatives, Set<Kind> filter) {
    EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (Conjunction alternative : alternatives.list()) {
      kinds.addAll(Admission.kinds(alternative));
    }
    kinds.retainAll(filter);
    return kinds;
  }

  private List<Change> memoized(String key, int depth, Supplier<List<Change>> compute) {
    int[] frame = inProgress.get(key);
    if (frame != null) {
      if (frame[1] == depth) {
        return List.of(limit("the schema refers to itself without passing through a property "
            + "or an item"));
      }
      lowestCut = Math.min(lowestCut, frame[0]);
      return List.of();
    }
    List<Change> cached = memo.get(key);
    if (cached != null) {
      return cached;
    }
    if (++steps > MAX_STEPS) {
      return List.of(limit("the comparison took more than " + MAX_STEPS + " steps"));
    }
    if (depth >= MAX_DEPTH) {
      return List.of(limit("the data nests more than " + MAX_DEPTH + " levels deep"));
    }
    if (stack >= MAX_STACK) {
      return List.of(limit("the schemas nest more than " + MAX_STACK + " comparisons deep"));
    }
    int index = stack++;
    inProgress.put(key, new int[] {index, depth});
    int outerCut = lowestCut;
    lowestCut = Integer.MAX_VALUE;
    List<Change> result = capped(compute.get());
    inProgress.remove(key);
    stack--;
    if (lowestCut >= index) {
      memo.put(key, result);
      lowestCut = outerCut;
    } else {
      lowestCut = Math.min(outerCut, lowestCut);
    }
    return result;
  }

  private static List<Change> capped(List<Change> changes) {
    if (changes.size() <= MAX_CHANGES) {
      return List.copyOf(changes);
    }
    List<Change> kept = new ArrayList<>(changes.subList(0, MAX_CHANGES));
    Classification backward = Classification.COMPATIBLE;
    Classification forward = Classification.COMPATIBLE;
    for (Change omitted : changes.subList(MAX_CHANGES, changes.size())) {
      backward = Verdicts.worst(backward, omitted.backward());
      forward = Verdicts.worst(forward, omitted.forward());
    }
    kept.add(limit(changes.size() - MAX_CHANGES + " more changes below it are not listed")
        .classified(backward, forward));
    return List.copyOf(kept);
  }

  private static String keyOf(Alternatives alternatives) {
    return alternatives.list().stream().map(Conjunction::key)
        .collect(Collectors.joining("/", "[", "]"));
  }

  static Change limit(String reason) {
    return new Change(JsonSchemaRule.COMPARISON_LIMIT, FieldPath.ROOT, null, null, null,
        Map.of("detail", reason), Classification.UNDECIDABLE, Classification.UNDECIDABLE);
  }
}
